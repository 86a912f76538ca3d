/** An establishment as the SIRENE directory knows it: what the engagement path needs, no more. */
export type SireneEstablishment = {
  siret: string;
  name: string;
  address: string;
  nafCode: string | null;
  active: boolean;
};

/** Looks a SIRET up: `recherche-entreprises` in production, fixtures locally and in tests. */
export type SireneClient = { lookup(siret: string): Promise<SireneEstablishment | null> };
