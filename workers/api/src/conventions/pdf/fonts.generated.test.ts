import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LATO_BOLD_BASE64, LATO_REGULAR_BASE64 } from './fonts.generated.ts';

const require = createRequire(import.meta.url);

describe('fonts.generated.ts', () => {
  it('matches the Lato TTFs of @expo-google-fonts/lato (rerun scripts/embed-fonts.ts otherwise)', () => {
    const read = (file: string) =>
      readFileSync(require.resolve(`@expo-google-fonts/lato/${file}`)).toString('base64');

    expect(LATO_REGULAR_BASE64).toBe(read('400Regular/Lato_400Regular.ttf'));
    expect(LATO_BOLD_BASE64).toBe(read('700Bold/Lato_700Bold.ttf'));
  });
});
