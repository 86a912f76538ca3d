// `pnpm audit:verify <tenant-slug>`: checks a tenant's hash-chained audit trail and names the first
// broken row. Exit code 0 when the chain holds, 1 when it is broken, 2 on bad usage.
import { resolve } from 'node:path';
import { controlSchema, openTenantDb, verifyTenantAuditTrail } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import { createNodeRuntime } from '../workers/api/src/node.ts';

const slug = process.argv[2];
if (!slug) {
  console.error('Usage : pnpm audit:verify <identifiant-de-la-collectivité>');
  process.exit(2);
}
const runtime = await createNodeRuntime({ dataDir: resolve(process.env.PASSERELLE_DATA_DIR ?? '.data') });
const [tenant] = await runtime.deps.control
  .select()
  .from(controlSchema.tenants)
  .where(eq(controlSchema.tenants.slug, slug));
if (!tenant) {
  console.error(`Collectivité inconnue : ${slug}`);
  process.exit(2);
}
const verdict = await verifyTenantAuditTrail(openTenantDb(await runtime.deps.connectTenant(tenant)));
runtime.close();
if (verdict.ok) {
  console.log(`Journal d’audit de ${slug} intact : ${verdict.count} entrées.`);
} else {
  console.log(
    `Journal d’audit de ${slug} ROMPU à l’entrée n° ${verdict.brokenAt.seq} (${verdict.brokenAt.id}) : ${verdict.brokenAt.reason}.`,
  );
}
process.exit(verdict.ok ? 0 : 1);
