import { type TenantDb, tenantSchema } from '@passerelle/db';
import { asc } from 'drizzle-orm';
import { findDiscoveryProgram, weeksOf } from './program-queries.ts';
import { type DiscoveryProgramView, discoveryProgramView } from './program-view.ts';

const { discoveryPrograms, discoveryWeeks } = tenantSchema;

/** Every program of the tenant, newest season first, each with its weeks. */
export async function listDiscoveryPrograms(
  db: Pick<TenantDb, 'select'>,
): Promise<{ items: DiscoveryProgramView[] }> {
  const [programs, weeks] = await Promise.all([
    db.select().from(discoveryPrograms),
    db.select().from(discoveryWeeks).orderBy(asc(discoveryWeeks.startDate)),
  ]);
  programs.sort((a, b) => b.season.localeCompare(a.season) || a.name.localeCompare(b.name, 'fr'));
  return {
    items: programs.map((p) =>
      discoveryProgramView(
        p,
        weeks.filter((w) => w.programId === p.id),
      ),
    ),
  };
}

export async function getDiscoveryProgram(
  db: Pick<TenantDb, 'select'>,
  id: string,
): Promise<DiscoveryProgramView> {
  const program = await findDiscoveryProgram(db, id);
  return discoveryProgramView(program, await weeksOf(db, program.id));
}
