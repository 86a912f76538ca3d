import * as z from 'zod/mini';
import type { SireneClient, SireneEstablishment } from './sirene-client.ts';

// The public "API Recherche d'entreprises" (no key). Runs in Workers as well as on Node: `fetch` only.

const DEFAULT_BASE_URL = 'https://recherche-entreprises.api.gouv.fr';
const TIMEOUT_MS = 5_000;

const text = z.nullish(z.string());

const Establishment = z.object({
  siret: text,
  adresse: text,
  numero_voie: text,
  type_voie: text,
  libelle_voie: text,
  code_postal: text,
  libelle_commune: text,
  activite_principale: text,
  /** `A` active, `F` closed (fermé). */
  etat_administratif: text,
});
type Establishment = z.infer<typeof Establishment>;

const SearchAnswer = z.object({
  results: z.array(
    z.object({
      nom_complet: text,
      nom_raison_sociale: text,
      activite_principale: text,
      siege: z.nullish(Establishment),
      matching_etablissements: z.nullish(z.array(Establishment)),
    }),
  ),
});

export function createRechercheEntreprisesClient(
  input: { baseUrl?: string; fetch?: typeof fetch } = {},
): SireneClient {
  const baseUrl = (input.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  // Called through globalThis at call time: a detached `fetch` throws "Illegal invocation" in Workers.
  const send = input.fetch ?? ((url, init) => globalThis.fetch(url, init));

  return {
    async lookup(siret) {
      // A 14-digit query is matched against establishment SIRETs: the one found comes back in
      // `matching_etablissements` (or as `siege`), under its legal unit.
      const url = `${baseUrl}/search?${new URLSearchParams({ q: siret, page: '1', per_page: '5' })}`;
      let response: Response;
      try {
        response = await send(url, {
          headers: { accept: 'application/json' },
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        throw new Error(
          timedOut
            ? `SIRENE lookup: recherche-entreprises did not answer within ${TIMEOUT_MS / 1000} s`
            : `SIRENE lookup: recherche-entreprises unreachable (${error instanceof Error ? error.message : String(error)})`,
          { cause: error },
        );
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`SIRENE lookup: recherche-entreprises answered HTTP ${response.status}`);
      }
      const parsed = SearchAnswer.safeParse(await response.json().catch(() => undefined));
      if (!parsed.success)
        throw new Error('SIRENE lookup: recherche-entreprises answered an unexpected body');

      for (const unit of parsed.data.results) {
        const candidates = [...(unit.matching_etablissements ?? []), ...(unit.siege ? [unit.siege] : [])];
        const found = candidates.find((e) => e.siret === siret);
        if (!found) continue;
        return toEstablishment({
          siret,
          name: unit.nom_complet ?? unit.nom_raison_sociale ?? '',
          unitNafCode: unit.activite_principale ?? null,
          establishment: found,
        });
      }
      return null;
    },
  };
}

function toEstablishment(input: {
  siret: string;
  name: string;
  unitNafCode: string | null;
  establishment: Establishment;
}): SireneEstablishment {
  const e = input.establishment;
  const address =
    e.adresse ??
    [e.numero_voie, e.type_voie, e.libelle_voie, e.code_postal, e.libelle_commune].filter(Boolean).join(' ');
  return {
    siret: input.siret,
    name: input.name,
    address,
    nafCode: e.activite_principale ?? input.unitNafCode,
    active: e.etat_administratif === 'A',
  };
}
