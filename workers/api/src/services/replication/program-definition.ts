import { type TenantDb, tenantSchema } from '@passerelle/db';
import {
  ConventionTemplateDefinition,
  DEFINITION_FORMAT,
  notFound,
  ProgramTemplateDefinition,
  parseInput,
  type Signatory,
  type TemplateProgramKind,
} from '@passerelle/domain';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { defaultExtras, type TemplateExtras } from './default-extras.ts';
import { conventionVersionInput } from './program-writes.ts';

const {
  mentoringPrograms,
  discoveryPrograms,
  conventionTemplates,
  conventionTemplateVersions,
  adoptedTemplates,
} = tenantSchema;

type Reader = Pick<TenantDb, 'select'>;
export type AdoptedRow = typeof adoptedTemplates.$inferSelect;
export type MentoringRow = typeof mentoringPrograms.$inferSelect;
export type DiscoveryRow = typeof discoveryPrograms.$inferSelect;
export type ProgramRow = { kind: 'mentoring'; row: MentoringRow } | { kind: 'discovery'; row: DiscoveryRow };

// Which convention template goes with a program that was never adopted: programs have no link to
// one, so the tenant's active template of the kind the program uses (`internal_agreement` or
// `partnership` for mentoring, `internship` for a discovery week), the most recently changed that
// is complete. An adopted program uses the one its adoption made (or none, if the template had none).
const CONVENTION_KINDS: Record<TemplateProgramKind, string[]> = {
  mentoring: ['internal_agreement', 'partnership'],
  discovery: ['internship'],
};

export async function findProgramRow(db: Reader, kind: TemplateProgramKind, id: string): Promise<ProgramRow> {
  if (kind === 'mentoring') {
    const [row] = await db.select().from(mentoringPrograms).where(eq(mentoringPrograms.id, id));
    if (row) return { kind, row };
  } else {
    const [row] = await db.select().from(discoveryPrograms).where(eq(discoveryPrograms.id, id));
    if (row) return { kind, row };
  }
  throw notFound('Programme');
}

export async function adoptionOfProgram(db: Reader, programId: string): Promise<AdoptedRow | null> {
  const [row] = await db.select().from(adoptedTemplates).where(eq(adoptedTemplates.programId, programId));
  return row ?? null;
}

/** The convention template (its row and current version) a program's definition carries, if any. */
export async function conventionTemplateOf(
  db: Reader,
  kind: TemplateProgramKind,
  adopted: AdoptedRow | null,
) {
  if (adopted)
    return adopted.conventionTemplateId ? currentVersionOf(db, adopted.conventionTemplateId) : null;
  const candidates = await db
    .select({ id: conventionTemplates.id })
    .from(conventionTemplates)
    .where(
      and(
        eq(conventionTemplates.status, 'active'),
        inArray(conventionTemplates.kind, CONVENTION_KINDS[kind]),
      ),
    )
    .orderBy(desc(conventionTemplates.updatedAt));
  // The most recently changed one that another tenant could send as is (a draft with no article
  // or one signatory would make the whole program impossible to share).
  for (const candidate of candidates) {
    const found = await currentVersionOf(db, candidate.id);
    if (found && ConventionTemplateDefinition.safeParse(conventionDefinition(found)).success) {
      try {
        conventionVersionInput({ convention: conventionDefinition(found) });
        return found;
      } catch {
        // not sendable: try the next one
      }
    }
  }
  return null;
}

async function currentVersionOf(db: Reader, templateId: string) {
  const [template] = await db
    .select()
    .from(conventionTemplates)
    .where(eq(conventionTemplates.id, templateId));
  if (!template) return null;
  const [version] = await db
    .select()
    .from(conventionTemplateVersions)
    .where(
      and(
        eq(conventionTemplateVersions.templateId, templateId),
        eq(conventionTemplateVersions.version, template.currentVersion),
      ),
    );
  return version ? { template, version } : null;
}

/**
 * A program of this tenant as a template definition: its fields, its convention template with
 * signatories by role and label only, its survey questions and documents. Never anyone's people:
 * no default signer, no operator association, no weeks.
 */
export async function readProgramDefinition(input: {
  db: Reader;
  kind: TemplateProgramKind;
  programId: string;
}): Promise<{ definition: ProgramTemplateDefinition; program: ProgramRow; adopted: AdoptedRow | null }> {
  const program = await findProgramRow(input.db, input.kind, input.programId);
  const adopted = await adoptionOfProgram(input.db, program.row.id);
  const convention = await conventionTemplateOf(input.db, input.kind, adopted);
  const extras = (adopted?.extras as TemplateExtras | undefined) ?? defaultExtras(input.kind);
  const raw = {
    format: DEFINITION_FORMAT,
    kind: input.kind,
    ...programFields(program),
    ...(convention ? { conventionTemplate: conventionDefinition(convention) } : {}),
    surveyQuestions: extras.surveyQuestions,
    documents: extras.documents,
  };
  return { definition: parseInput(ProgramTemplateDefinition, raw), program, adopted };
}

function programFields(program: ProgramRow) {
  if (program.kind === 'mentoring') {
    const r = program.row;
    return {
      mentoring: {
        name: r.name,
        audienceLevels: r.audienceLevels,
        eligibility: r.eligibility,
        season: r.season,
        durationMonths: r.durationMonths,
        defaultCapacity: r.defaultCapacity,
        weights: r.weights,
        ...(r.maxDistanceKm === null ? {} : { maxDistanceKm: r.maxDistanceKm }),
        agentHoursAllowance: r.agentHoursAllowance,
        noMeetingReminderWeeks: r.noMeetingReminderWeeks,
      },
    };
  }
  const r = program.row;
  return {
    discovery: {
      name: r.name,
      season: r.season,
      totalPlaces: r.totalPlaces,
      priorityWeights: r.priorityWeights,
      minimumPerSchool: r.minimumPerSchool,
      groupSize: r.groupSize,
      layout: r.layout,
    },
  };
}

function conventionDefinition(input: {
  template: typeof conventionTemplates.$inferSelect;
  version: typeof conventionTemplateVersions.$inferSelect;
}): ConventionTemplateDefinition {
  const { template, version } = input;
  return {
    name: template.name,
    kind: template.kind as ConventionTemplateDefinition['kind'],
    ...(template.description === null ? {} : { description: template.description }),
    title: version.title,
    clauses: version.clauses as ConventionTemplateDefinition['clauses'],
    commitmentTypes: version.commitmentTypes as ConventionTemplateDefinition['commitmentTypes'],
    durationMonths: version.durationMonths,
    // Role and label only: who signs by default is the adopting tenant's own people.
    signatories: (version.signatories as Signatory[]).map((s) => ({ role: s.role, label: s.label })),
    signingOrder: version.signingOrder as ConventionTemplateDefinition['signingOrder'],
  };
}
