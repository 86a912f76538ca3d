import type { SireneClient } from './sirene-client.ts';

// Placeholder replaced by the real client (see its test); kept compiling meanwhile.
export function createRechercheEntreprisesClient(
  _input: { baseUrl?: string; fetch?: typeof fetch } = {},
): SireneClient {
  return { lookup: () => Promise.reject(new Error('not implemented yet')) };
}
