import { type TenantDb, tenantSchema } from '@passerelle/db';
import { notFound } from '@passerelle/domain';
import { and, desc, eq } from 'drizzle-orm';

const { conventionTemplates, conventionTemplateVersions } = tenantSchema;
type Reader = Pick<TenantDb, 'select'>;

export async function findTemplate(db: Reader, id: string) {
  const [template] = await db.select().from(conventionTemplates).where(eq(conventionTemplates.id, id));
  if (!template) throw notFound('Modèle de convention');
  return template;
}

export async function findTemplateVersion(db: Reader, templateId: string, version: number) {
  const [row] = await db
    .select()
    .from(conventionTemplateVersions)
    .where(
      and(
        eq(conventionTemplateVersions.templateId, templateId),
        eq(conventionTemplateVersions.version, version),
      ),
    );
  if (!row) throw notFound('Version du modèle');
  return row;
}

export async function findTemplateVersionById(db: Reader, id: string) {
  const [row] = await db
    .select()
    .from(conventionTemplateVersions)
    .where(eq(conventionTemplateVersions.id, id));
  if (!row) throw notFound('Version du modèle');
  return row;
}

export async function listTemplateVersions(db: Reader, templateId: string) {
  return db
    .select({ version: conventionTemplateVersions.version, createdAt: conventionTemplateVersions.createdAt })
    .from(conventionTemplateVersions)
    .where(eq(conventionTemplateVersions.templateId, templateId))
    .orderBy(desc(conventionTemplateVersions.version));
}
