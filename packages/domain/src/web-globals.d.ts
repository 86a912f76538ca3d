// The two Web Platform globals the domain relies on, present in Node ≥ 20, workerd and browsers.
// Declared here (instead of pulling in the DOM lib) so the domain cannot reach fetch, timers or I/O.
declare const crypto: {
  getRandomValues<T extends Uint8Array>(array: T): T;
  subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
};
declare class TextEncoder {
  encode(input: string): Uint8Array;
}
