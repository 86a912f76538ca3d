import { type TenantDb, tenantSchema } from '@passerelle/db';
import { conflict } from '@passerelle/domain';
import { and, eq, ne, or, type SQL } from 'drizzle-orm';

const { organizations } = tenantSchema;

/** One organization per SIRET, RNA or UAI in a tenant: a second one is a duplicate to merge. */
export async function assertIdentifiersFree(input: {
  db: Pick<TenantDb, 'select'>;
  siret?: string | null | undefined;
  rna?: string | null | undefined;
  uai?: string | null | undefined;
  exceptId?: string;
}): Promise<void> {
  const checks: [keyof typeof labels, string][] = [];
  if (input.siret) checks.push(['siret', input.siret]);
  if (input.rna) checks.push(['rna', input.rna]);
  if (input.uai) checks.push(['uai', input.uai]);
  if (checks.length === 0) return;
  const match: SQL[] = checks.map(([column, value]) => eq(organizations[column], value));
  const where = input.exceptId ? and(or(...match), ne(organizations.id, input.exceptId)) : or(...match);
  const [existing] = await input.db.select().from(organizations).where(where).limit(1);
  if (!existing) return;
  const fields: Record<string, string> = {};
  for (const [column, value] of checks) {
    if (existing[column] === value)
      fields[column] = `${labels[column]} déjà utilisé par « ${existing.name} ».`;
  }
  throw conflict('Cette organisation existe déjà dans l’annuaire.', fields);
}

const labels = { siret: 'SIRET', rna: 'Numéro RNA', uai: 'Code UAI' } as const;
