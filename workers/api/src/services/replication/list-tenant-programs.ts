import { tenantSchema } from '@passerelle/db';
import { asc } from 'drizzle-orm';
import type { AppDeps } from '../../deps.ts';
import { findRegistryTenant, openRegistryTenantDb } from './registry-tenants.ts';

const { mentoringPrograms, discoveryPrograms, adoptedTemplates } = tenantSchema;

/** A tenant's programs that can become a template: names and seasons only, no people. */
export async function listTenantPrograms(input: { deps: AppDeps; slug: string }) {
  const tenant = await findRegistryTenant(input.deps.control, input.slug);
  const db = await openRegistryTenantDb(input.deps, tenant);
  const [mentoring, discovery, adopted] = await Promise.all([
    db
      .select({ id: mentoringPrograms.id, name: mentoringPrograms.name, season: mentoringPrograms.season })
      .from(mentoringPrograms)
      .orderBy(asc(mentoringPrograms.name)),
    db
      .select({ id: discoveryPrograms.id, name: discoveryPrograms.name, season: discoveryPrograms.season })
      .from(discoveryPrograms)
      .orderBy(asc(discoveryPrograms.name)),
    db
      .select({
        programId: adoptedTemplates.programId,
        templateId: adoptedTemplates.templateId,
        version: adoptedTemplates.version,
      })
      .from(adoptedTemplates),
  ]);
  const from = new Map(adopted.map((a) => [a.programId, { templateId: a.templateId, version: a.version }]));
  return {
    items: [
      ...mentoring.map((p) => ({ kind: 'mentoring' as const, ...p, adoptedFrom: from.get(p.id) ?? null })),
      ...discovery.map((p) => ({ kind: 'discovery' as const, ...p, adoptedFrom: from.get(p.id) ?? null })),
    ],
  };
}
