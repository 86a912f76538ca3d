import { describe, expect, it } from 'vitest';
import { controlMigrations, tenantMigrations } from './index.ts';
import { readMigrationsFolder } from './read-folder.ts';

describe('embedded migrations', () => {
  it('are exactly the SQL files drizzle-kit wrote (run `pnpm db:generate` after a schema change)', () => {
    expect(controlMigrations).toEqual(
      readMigrationsFolder(new URL('../../../../migrations/control/', import.meta.url)),
    );
    expect(tenantMigrations).toEqual(
      readMigrationsFolder(new URL('../../../../migrations/tenant/', import.meta.url)),
    );
  });
});
