// Mirrors docs/api-replication.md and the definition of packages/domain/src/replication. Keep in
// step with the contract, not with the server's internals.
import type { DayKind, ProgramInput as DiscoveryProgramInput } from '../discovery/types.ts';
import type { ProgramInput as MentoringProgramInput } from '../mentoring/types.ts';

export type ProgramKind = 'mentoring' | 'discovery';
export type TemplateStatus = 'published' | 'proposed' | 'archived';
export type TenantRef = { slug: string; name: string };

export type Clause = { heading: string; body: string };

// As in the domain: a definition is what a program is created from, without the tenant's own
// operator (mentoring) or weeks' dates (discovery); a discovery definition carries its week layout.
export type MentoringDefinition = Omit<MentoringProgramInput, 'operatorOrganizationId'>;

export type DiscoveryDefinition = Omit<DiscoveryProgramInput, 'weeks'> & { layout: DayKind[] };

export type ConventionTemplateDefinition = {
  name: string;
  kind: string;
  description?: string;
  title: string;
  clauses: Clause[];
  commitmentTypes: string[];
  durationMonths: number;
  signatories: { role: string; label: string }[];
  signingOrder: string;
};

export type SurveyQuestion = { label: string; kind: 'scale' | 'text' | 'yes_no' };
export type TemplateDocument = { title: string; body: string };

export type ProgramTemplateDefinition = {
  format: 1;
  kind: ProgramKind;
  mentoring?: MentoringDefinition;
  discovery?: DiscoveryDefinition;
  conventionTemplate?: ConventionTemplateDefinition;
  surveyQuestions: SurveyQuestion[];
  documents: TemplateDocument[];
};

export type TemplateSummary = {
  id: string;
  slug: string;
  name: string;
  kind: ProgramKind;
  summary: string | null;
  status: TemplateStatus;
  latestVersion: string;
  sourceTenant: TenantRef | null;
  adoptions: number;
  updatedAt: string;
};

export type TemplateVersion = {
  version: string;
  changelog: string;
  minSchemaVersion: number;
  createdAt: string;
};

export type TemplateDetail = TemplateSummary & {
  versions: TemplateVersion[];
  definition: ProgramTemplateDefinition;
  adopters: { tenant: TenantRef; version: string; adoptedAt: string }[];
};

export type TenantProgram = {
  kind: ProgramKind;
  id: string;
  name: string;
  season: string;
  adoptedFrom: { templateId: string; version: string } | null;
};

export type PublishTemplateInput = {
  tenant: string;
  programKind: ProgramKind;
  programId: string;
  slug: string;
  name: string;
  summary?: string;
  version?: string;
  changelog: string;
};

export type VersionBump = 'major' | 'minor' | 'patch';

export type NewVersionInput = {
  bump: VersionBump;
  changelog: string;
  definition: ProgramTemplateDefinition;
};

export type ItemStatus = 'pending' | 'running' | 'done' | 'already' | 'failed' | 'skipped';
export type RunStatus = 'queued' | 'running' | 'done' | 'failed';

export type ReplicationItem = {
  tenant: TenantRef;
  status: ItemStatus;
  attempts: number;
  error: string | null;
  programId: string | null;
};

export type ReplicationRun = {
  id: string;
  template: { id: string; name: string; slug: string };
  version: string;
  status: RunStatus;
  total: number;
  done: number;
  failed: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Absent from the list of runs. */
  items?: ReplicationItem[];
};

export type FieldChange = {
  path: string;
  label: string;
  base: unknown;
  local: unknown;
  target: unknown;
  localChanged: boolean;
  conflict: boolean;
  alreadyApplied: boolean;
};

export type AdoptedTemplate = {
  id: string;
  template: { id: string; slug: string; name: string };
  kind: ProgramKind;
  version: string;
  latestVersion: string;
  updateAvailable: boolean;
  program: { kind: ProgramKind; id: string; name: string };
  localChangeCount: number;
  adoptedAt: string;
  updatedAt: string;
};

export type HistoryEntry = {
  action: 'adopted' | 'updated';
  fromVersion: string | null;
  toVersion: string;
  applied: string[];
  skipped: string[];
  at: string;
};

export type AdoptedTemplateDetail = AdoptedTemplate & {
  localChanges: { path: string; label: string; base: unknown; local: unknown }[];
  history: HistoryEntry[];
  update: null | { version: string; changelog: string; changes: FieldChange[] };
  /** The tenant's copy as it stands, survey questions and documents included. */
  definition: ProgramTemplateDefinition;
};

export type CatalogueEntry = TemplateSummary & { adoptedVersion: string | null };

export type ProposalInput = { programKind: ProgramKind; programId: string; name: string; summary?: string };

export type StepKey = 'created' | 'provisioned' | 'migrated' | 'templates' | 'invited';
export type StepStatus = 'pending' | 'running' | 'done' | 'failed';

export type Onboarding = {
  id: string;
  slug: string;
  tenant: TenantRef | null;
  status: 'running' | 'ready' | 'failed';
  steps: { key: StepKey; label: string; status: StepStatus; detail: string | null }[];
  error: string | null;
  createdAt: string;
  updatedAt: string;
};
