import type { TenantDb } from '@passerelle/db';
import { findDiscoveryProgram } from '../program-queries.ts';
import { type HostView, hostsOf, hostView } from './host-view.ts';

export async function listHosts(input: {
  db: Pick<TenantDb, 'select'>;
  programId: string;
  withEmails: boolean;
}): Promise<{ items: HostView[] }> {
  const program = await findDiscoveryProgram(input.db, input.programId);
  const hosts = await hostsOf(input.db, program.id);
  return { items: hosts.map((h) => hostView(h, { withEmails: input.withEmails })) };
}
