import type { TenantDb } from '@passerelle/db';
import { findDiscoveryProgram } from '../program-queries.ts';
import { groupsOf, groupsResult } from './group-view.ts';

/** The groups as last formed, so a screen shows them without forming them again. */
export async function readGroups(input: { db: Pick<TenantDb, 'select'>; programId: string }) {
  const program = await findDiscoveryProgram(input.db, input.programId);
  return groupsResult(await groupsOf(input.db, program.id));
}
