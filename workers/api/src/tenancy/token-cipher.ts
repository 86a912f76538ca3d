// Tenant database tokens are secrets: the registry keeps them encrypted (AES-GCM, WebCrypto, so
// the same code runs on Node and in Workers) with a key that lives only in the deployment's env.

const encoder = new TextEncoder();

async function importKey(keyBase64: string): Promise<CryptoKey> {
  const raw = Uint8Array.from(atob(keyBase64), (ch) => ch.charCodeAt(0));
  if (raw.length !== 32) throw new Error('TENANT_TOKEN_KEY must be 32 bytes, base64-encoded');
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));

export async function encryptToken(input: { token: string; keyBase64: string }): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await importKey(input.keyBase64);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(input.token)),
  );
  return `v1.${toBase64(iv)}.${toBase64(sealed)}`;
}

export async function decryptToken(input: { sealed: string; keyBase64: string }): Promise<string> {
  const [version, iv, data] = input.sealed.split('.');
  if (version !== 'v1' || !iv || !data) throw new Error('Unknown sealed token format');
  const key = await importKey(input.keyBase64);
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, key, fromBase64(data));
  return new TextDecoder().decode(plain);
}
