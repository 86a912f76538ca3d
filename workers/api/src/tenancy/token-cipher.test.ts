import { describe, expect, it } from 'vitest';
import { decryptToken, encryptToken } from './token-cipher.ts';

const key = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));

describe('sealing tenant database tokens', () => {
  it('round-trips, never stores the token in clear, and uses a fresh nonce each time', async () => {
    const token = 'eyJhbGciOiJFZERTQSJ9.scoped-to-one-database';
    const a = await encryptToken({ token, keyBase64: key });
    const b = await encryptToken({ token, keyBase64: key });
    expect(a).not.toContain('scoped');
    expect(a).not.toBe(b);
    expect(await decryptToken({ sealed: a, keyBase64: key })).toBe(token);
  });

  it('refuses another key and a tampered token', async () => {
    const sealed = await encryptToken({ token: 'secret', keyBase64: key });
    const otherKey = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
    await expect(decryptToken({ sealed, keyBase64: otherKey })).rejects.toThrow();
    const [v, iv, data] = sealed.split('.');
    const flipped = `${v}.${iv}.${data!.slice(0, -2)}${data!.endsWith('A=') ? 'B=' : 'A='}`;
    await expect(decryptToken({ sealed: flipped, keyBase64: key })).rejects.toThrow();
  });
});
