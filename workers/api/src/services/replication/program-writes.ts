import { type TenantDb, tenantSchema } from '@passerelle/db';
import {
  type ConventionTemplateDefinition,
  DomainError,
  newId,
  type ProgramTemplateDefinition,
  parseInput,
  type Signatory,
  TemplateVersionInput,
} from '@passerelle/domain';

const { conventionTemplates, conventionTemplateVersions } = tenantSchema;

// How a definition becomes rows of a tenant's database. What `program-definition.ts` reads back
// from those rows is exactly what was written, so a fresh copy has no local change.

export function mentoringValues(definition: ProgramTemplateDefinition) {
  const m = definition.mentoring!;
  return {
    name: m.name,
    audienceLevels: m.audienceLevels,
    eligibility: m.eligibility,
    season: m.season,
    durationMonths: m.durationMonths,
    defaultCapacity: m.defaultCapacity,
    weights: m.weights,
    maxDistanceKm: m.maxDistanceKm ?? null,
    agentHoursAllowance: m.agentHoursAllowance,
    noMeetingReminderWeeks: m.noMeetingReminderWeeks,
  };
}

export function discoveryValues(definition: ProgramTemplateDefinition) {
  const d = definition.discovery!;
  return {
    name: d.name,
    season: d.season,
    totalPlaces: d.totalPlaces,
    priorityWeights: d.priorityWeights,
    minimumPerSchool: d.minimumPerSchool,
    groupSize: d.groupSize,
    layout: d.layout,
  };
}

/**
 * A convention template of a definition as the version a tenant can send: the same rules as a
 * template saved by hand (both parties sign, known placeholders). A signatory keeps the default
 * signer the tenant had named for its role. Errors name the definition's own field paths.
 */
export function conventionVersionInput(input: {
  convention: ConventionTemplateDefinition;
  previous?: readonly Signatory[];
  fieldPrefix?: string;
}): TemplateVersionInput {
  const { convention } = input;
  const signers = new Map((input.previous ?? []).map((s) => [s.role, s.defaultSigner]));
  try {
    return parseInput(TemplateVersionInput, {
      title: convention.title,
      clauses: convention.clauses,
      commitmentTypes: convention.commitmentTypes,
      durationMonths: convention.durationMonths,
      signatories: convention.signatories.map((s) => {
        const signer = signers.get(s.role);
        return signer ? { ...s, defaultSigner: signer } : { ...s };
      }),
      signingOrder: convention.signingOrder,
    });
  } catch (error) {
    if (!(error instanceof DomainError) || !error.fields) throw error;
    const prefix = input.fieldPrefix ?? 'conventionTemplate';
    throw new DomainError({
      code: 'VALIDATION',
      message: `Le modèle de convention n’est pas valable : ${Object.values(error.fields)[0]}`,
      fields: Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [`${prefix}.${k}`, v])),
    });
  }
}

/** A new convention template of the tenant, not offered on the public path, at version 1. */
export async function insertConventionTemplate(input: {
  tx: Pick<TenantDb, 'insert'>;
  convention: ConventionTemplateDefinition;
  actorId: string | null;
  now: Date;
}): Promise<string> {
  const { tx, convention } = input;
  const id = newId('ctp');
  const version = conventionVersionInput({ convention });
  await tx.insert(conventionTemplates).values({
    id,
    name: convention.name,
    kind: convention.kind,
    isPublic: false,
    description: convention.description ?? null,
    currentVersion: 1,
    updatedAt: input.now.toISOString(),
  });
  await tx
    .insert(conventionTemplateVersions)
    .values({ ...versionRow(version, id, 1), createdBy: input.actorId });
  return id;
}

export function versionRow(version: TemplateVersionInput, templateId: string, number: number) {
  return {
    id: newId('ctv'),
    templateId,
    version: number,
    title: version.title,
    clauses: version.clauses,
    commitmentTypes: version.commitmentTypes,
    durationMonths: version.durationMonths,
    signatories: version.signatories,
    signingOrder: version.signingOrder,
  };
}

/** Refuses, at publication, a definition no tenant could instantiate (its fields named). */
export function assertInstantiable(definition: ProgramTemplateDefinition, fieldPrefix = ''): void {
  if (definition.conventionTemplate) {
    conventionVersionInput({
      convention: definition.conventionTemplate,
      fieldPrefix: `${fieldPrefix}conventionTemplate`,
    });
  }
}
