import { type TenantDb, tenantSchema } from '@passerelle/db';
import {
  type ActorRole,
  diagnoseTerritory,
  type OrganizationKind,
  type TerritoryDiagnosis,
  type TerritoryProgram,
} from '@passerelle/domain';
import { and, eq, inArray, ne } from 'drizzle-orm';

const {
  organizations,
  mentoringPrograms,
  mentors,
  youngPeople,
  discoveryPrograms,
  discoveryHosts,
  discoveryStudents,
  conventions,
  conventionTemplateVersions,
  conventionTemplates,
} = tenantSchema;

// Conventions that engage a partner: on their way to signature or in force. A pupil's internship
// convention is about one young person, not an actor of the territory: left out.
const ENGAGING_CONVENTIONS = ['sent', 'active'];

/**
 * The tenant's ecosystem and territorial diagnosis (docs/api-ecosystem.md): reads its active
 * organizations, active programs and who takes part in them, and leaves the rules to the domain.
 * Only organizations, program names and counts come out: never a young person or a mentor.
 */
export async function diagnoseEcosystem(input: { db: TenantDb }): Promise<TerritoryDiagnosis> {
  const { db } = input;
  const [orgRows, mentoring, discovery] = await Promise.all([
    db.select().from(organizations).where(eq(organizations.status, 'active')),
    db.select().from(mentoringPrograms).where(eq(mentoringPrograms.status, 'active')),
    db.select().from(discoveryPrograms).where(eq(discoveryPrograms.status, 'active')),
  ]);
  const mentoringIds = mentoring.map((p) => p.id);
  const discoveryIds = discovery.map((p) => p.id);
  const [youngSchools, mentorRows, pupilSchools, hostRows, conventionRows] = await Promise.all([
    db
      .selectDistinct({ programId: youngPeople.programId, organizationId: youngPeople.schoolId })
      .from(youngPeople)
      .where(
        and(
          inArray(youngPeople.programId, mentoringIds),
          eq(youngPeople.status, 'active'),
          ne(youngPeople.authorisation, 'refused'),
        ),
      ),
    db
      .selectDistinct({
        programId: mentors.programId,
        organizationId: mentors.organizationId,
        communeCode: mentors.communeCode,
      })
      .from(mentors)
      .where(and(inArray(mentors.programId, mentoringIds), eq(mentors.status, 'active'))),
    db
      .selectDistinct({ programId: discoveryStudents.programId, organizationId: discoveryStudents.schoolId })
      .from(discoveryStudents)
      .where(
        and(
          inArray(discoveryStudents.programId, discoveryIds),
          ne(discoveryStudents.authorisation, 'refused'),
        ),
      ),
    db
      .selectDistinct({ programId: discoveryHosts.programId, organizationId: discoveryHosts.organizationId })
      .from(discoveryHosts)
      .where(inArray(discoveryHosts.programId, discoveryIds)),
    db
      .select({
        id: conventions.id,
        title: conventions.title,
        status: conventions.status,
        partnerOrganizationId: conventions.partnerOrganizationId,
        operatorOrganizationId: conventions.operatorOrganizationId,
      })
      .from(conventions)
      .innerJoin(conventionTemplateVersions, eq(conventionTemplateVersions.id, conventions.templateVersionId))
      .innerJoin(conventionTemplates, eq(conventionTemplates.id, conventionTemplateVersions.templateId))
      .where(
        and(inArray(conventions.status, ENGAGING_CONVENTIONS), ne(conventionTemplates.kind, 'internship')),
      ),
  ]);

  const communeOf = new Map(orgRows.map((o) => [o.id, o.communeCode]));
  const programs: TerritoryProgram[] = [
    ...mentoring.map((p) => ({ id: p.id, kind: 'mentoring' as const, name: p.name, season: p.season })),
    ...discovery.map((p) => ({ id: p.id, kind: 'discovery' as const, name: p.name, season: p.season })),
  ];
  const link = (role: ActorRole) => (row: { programId: string; organizationId: string }) => ({
    programId: row.programId,
    organizationId: row.organizationId,
    role,
  });
  return diagnoseTerritory({
    organizations: orgRows.map((o) => ({
      id: o.id,
      kind: o.kind as OrganizationKind,
      name: o.name,
      communeCode: o.communeCode,
      communeName: o.communeName,
      activities: o.activities,
      audience: o.audience,
      uai: o.uai,
      schoolKind: o.schoolKind,
      priorityEducation: o.priorityEducation,
    })),
    programs,
    participations: [
      ...mentoring.flatMap((p) =>
        p.operatorOrganizationId
          ? [{ programId: p.id, organizationId: p.operatorOrganizationId, role: 'operator' as const }]
          : [],
      ),
      ...mentorRows.map(link('mentor_organization')),
      ...youngSchools.map(link('pupils')),
      ...hostRows.map(link('host')),
      ...pupilSchools.map(link('pupils')),
    ],
    // A mentor without a commune of its own is placed at its organization's.
    mentorCommunes: mentorRows.flatMap((m) => {
      const communeCode = m.communeCode ?? communeOf.get(m.organizationId) ?? null;
      return communeCode ? [{ programId: m.programId, communeCode }] : [];
    }),
    conventions: conventionRows,
  });
}
