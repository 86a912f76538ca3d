import { withLuhnKey } from '../demo/demo-data.ts';
import type { SireneClient, SireneEstablishment } from './sirene-client.ts';

/** Made-up establishments (valid SIRET keys) for the embedded default and the tests. */
export const SIRENE_FIXTURES: SireneEstablishment[] = [
  {
    siret: withLuhnKey('9880000010001'),
    name: 'CALEDONIENNE DES EAUX',
    address: '13 rue Edmond Harbulot, 98800 Nouméa',
    nafCode: '36.00Z',
    active: true,
  },
  {
    siret: withLuhnKey('9880000020001'),
    name: 'BANQUE CALEDONIENNE D’INVESTISSEMENT',
    address: '54 avenue de la Victoire, 98800 Nouméa',
    nafCode: '64.19Z',
    active: true,
  },
  {
    siret: withLuhnKey('9880000030001'),
    name: 'SOCIETE LE NICKEL',
    address: '2 rue Desjardins, 98800 Nouméa',
    nafCode: '07.29Z',
    active: true,
  },
  {
    siret: withLuhnKey('6300000040001'),
    name: 'BOULANGERIE DES VOLCANS',
    address: '8 place de Jaude, 63000 Clermont-Ferrand',
    nafCode: '10.71C',
    active: true,
  },
  {
    siret: withLuhnKey('9200000050001'),
    name: 'SURESNES NUMERIQUE',
    address: '2 rue Carnot, 92150 Suresnes',
    nafCode: '62.01Z',
    active: true,
  },
  {
    siret: withLuhnKey('9200000060001'),
    name: 'ANCIENNE IMPRIMERIE DU MONT-VALERIEN',
    address: '1 boulevard Washington, 92150 Suresnes',
    nafCode: '18.12Z',
    active: false,
  },
];

export function createFixtureSireneClient(
  fixtures: readonly SireneEstablishment[] = SIRENE_FIXTURES,
): SireneClient {
  return {
    async lookup(siret) {
      return fixtures.find((f) => f.siret === siret) ?? null;
    },
  };
}
