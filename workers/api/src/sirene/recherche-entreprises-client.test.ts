import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRechercheEntreprisesClient } from './recherche-entreprises-client.ts';

// A local stand-in for recherche-entreprises.api.gouv.fr/search, answering with the shape of the
// real API (trimmed of the fields the client ignores, plus a few it must tolerate).

const SIEGE_SIRET = '41234567800017';
const SHOP_SIRET = '41234567800033';
const CLOSED_SIRET = '41234567800025';
const SIEGE_ONLY_SIRET = '52345678900012';

const establishment = (siret: string, over: Record<string, unknown>) => ({
  activite_principale: '10.71C',
  ancien_siege: false,
  code_postal: '63000',
  commune: '63113',
  date_creation: '2012-05-02',
  date_fermeture: null,
  est_siege: false,
  etat_administratif: 'A',
  latitude: '45.777',
  libelle_commune: 'CLERMONT-FERRAND',
  liste_enseignes: null,
  longitude: '3.082',
  nom_commercial: null,
  siret,
  tranche_effectif_salarie: '03',
  ...over,
});

const volcans = (matching: unknown[]) => ({
  siren: '412345678',
  nom_complet: 'BOULANGERIE DES VOLCANS',
  nom_raison_sociale: 'BOULANGERIE DES VOLCANS',
  sigle: null,
  nombre_etablissements: 3,
  nombre_etablissements_ouverts: 2,
  activite_principale: '10.71C',
  etat_administratif: 'A',
  nature_juridique: '5499',
  section_activite_principale: 'C',
  siege: establishment(SIEGE_SIRET, {
    est_siege: true,
    adresse: '8 PLACE DE JAUDE 63000 CLERMONT-FERRAND',
  }),
  matching_etablissements: matching,
  dirigeants: [{ nom: 'MARTIN', prenoms: 'CLAIRE', qualite: 'Gérant', type_dirigeant: 'personne physique' }],
  finances: { '2023': { ca: 412000, resultat_net: 21000 } },
  complements: { est_entrepreneur_individuel: false, est_ess: false },
});

const answers: Record<string, unknown[]> = {
  [SHOP_SIRET]: [
    volcans([
      establishment(SHOP_SIRET, {
        adresse: '14 RUE DU PORT 63000 CLERMONT-FERRAND',
        activite_principale: '47.24Z',
        liste_enseignes: ['LES VOLCANS GOURMANDS'],
      }),
    ]),
  ],
  [CLOSED_SIRET]: [
    volcans([
      establishment(CLOSED_SIRET, {
        adresse: '3 AVENUE DE ROYAT 63400 CHAMALIERES',
        etat_administratif: 'F',
        date_fermeture: '2021-06-30',
      }),
    ]),
  ],
  [SIEGE_ONLY_SIRET]: [
    {
      siren: '523456789',
      nom_complet: 'SURESNES NUMÉRIQUE (SN)',
      nom_raison_sociale: null,
      activite_principale: '62.01Z',
      siege: {
        siret: SIEGE_ONLY_SIRET,
        adresse: null,
        numero_voie: '2',
        type_voie: 'RUE',
        libelle_voie: 'CARNOT',
        code_postal: '92150',
        libelle_commune: 'SURESNES',
        activite_principale: null,
        etat_administratif: 'A',
      },
      matching_etablissements: [],
    },
  ],
};

let server: Server;
let baseUrl: string;
const requests: URL[] = [];
let failWith: number | null = null;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://standin');
    requests.push(url);
    if (failWith !== null) {
      res.writeHead(failWith, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ erreur: 'Erreur interne du serveur' }));
      return;
    }
    const results = url.pathname === '/search' ? (answers[url.searchParams.get('q') ?? ''] ?? []) : [];
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ results, total_results: results.length, page: 1, per_page: 5, total_pages: 1 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterEach(() => {
  requests.length = 0;
  failWith = null;
  vi.unstubAllGlobals();
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('createRechercheEntreprisesClient', () => {
  it('maps the establishment whose SIRET matches, not the head office', async () => {
    const found = await createRechercheEntreprisesClient({ baseUrl }).lookup(SHOP_SIRET);

    expect(found).toEqual({
      siret: SHOP_SIRET,
      name: 'BOULANGERIE DES VOLCANS',
      address: '14 RUE DU PORT 63000 CLERMONT-FERRAND',
      nafCode: '47.24Z',
      active: true,
    });
    expect(requests[0]?.pathname).toBe('/search');
    expect(requests[0]?.searchParams.get('q')).toBe(SHOP_SIRET);
  });

  it('says a closed establishment is not active', async () => {
    const found = await createRechercheEntreprisesClient({ baseUrl }).lookup(CLOSED_SIRET);

    expect(found).toMatchObject({ siret: CLOSED_SIRET, active: false });
  });

  it('finds a head office, building its address and NAF code when fields are missing', async () => {
    const found = await createRechercheEntreprisesClient({ baseUrl }).lookup(SIEGE_ONLY_SIRET);

    expect(found).toEqual({
      siret: SIEGE_ONLY_SIRET,
      name: 'SURESNES NUMÉRIQUE (SN)',
      address: '2 RUE CARNOT 92150 SURESNES',
      nafCode: '62.01Z',
      active: true,
    });
  });

  it('returns null for an unknown SIRET', async () => {
    expect(await createRechercheEntreprisesClient({ baseUrl }).lookup('99999999999999')).toBeNull();
  });

  it('returns null when the answer names the company but not that establishment', async () => {
    answers['41234567800041'] = [volcans([])];

    expect(await createRechercheEntreprisesClient({ baseUrl }).lookup('41234567800041')).toBeNull();
  });

  it('fails with a clear error, naming the status only, when the API answers 500', async () => {
    failWith = 500;
    const lookup = createRechercheEntreprisesClient({ baseUrl }).lookup(SHOP_SIRET);

    await expect(lookup).rejects.toThrow('SIRENE lookup: recherche-entreprises answered HTTP 500');
    await expect(lookup).rejects.not.toThrow(/127\.0\.0\.1|Erreur interne/);
  });

  it('gives up after 5 s with a timeout error', async () => {
    let signal: AbortSignal | undefined;
    const slow: typeof fetch = (_url, init) => {
      signal = init?.signal ?? undefined;
      return Promise.reject(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    };

    await expect(createRechercheEntreprisesClient({ fetch: slow }).lookup(SHOP_SIRET)).rejects.toThrow(
      'SIRENE lookup: recherche-entreprises did not answer within 5 s',
    );
    expect(signal).toBeInstanceOf(AbortSignal);
  });

  it('reports an unreachable API without throwing raw network errors at the caller', async () => {
    const lookup = createRechercheEntreprisesClient({ baseUrl: 'http://127.0.0.1:1' }).lookup(SHOP_SIRET);

    await expect(lookup).rejects.toThrow(/^SIRENE lookup: recherche-entreprises unreachable/);
  });

  it('calls the global fetch at call time, never a copy taken when the client was built', async () => {
    const client = createRechercheEntreprisesClient();
    const stub = vi.fn(
      async (_url: string | URL | Request) =>
        new Response(JSON.stringify({ results: [], total_results: 0 }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', stub);

    expect(await client.lookup(SHOP_SIRET)).toBeNull();
    expect(String(stub.mock.calls[0]?.[0])).toBe(
      `https://recherche-entreprises.api.gouv.fr/search?q=${SHOP_SIRET}&page=1&per_page=5`,
    );
  });
});
