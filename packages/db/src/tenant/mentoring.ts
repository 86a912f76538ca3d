import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { conventions } from './conventions.ts';
import { organizations } from './schema.ts';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const mentoringPrograms = sqliteTable('mentoring_programs', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  audienceLevels: text('audience_levels', { mode: 'json' }).notNull(),
  eligibility: text('eligibility', { mode: 'json' }).notNull(),
  season: text('season').notNull(),
  durationMonths: integer('duration_months').notNull(),
  defaultCapacity: integer('default_capacity').notNull(),
  weights: text('weights', { mode: 'json' }).notNull(),
  maxDistanceKm: real('max_distance_km'),
  operatorOrganizationId: text('operator_organization_id').references(() => organizations.id),
  agentHoursAllowance: integer('agent_hours_allowance').notNull().default(0),
  noMeetingReminderWeeks: integer('no_meeting_reminder_weeks').notNull().default(4),
  status: text('status').notNull().default('active'),
  createdAt: createdAt(),
  updatedAt: text('updated_at').notNull(),
});

export const mentors = sqliteTable(
  'mentors',
  {
    id: text('id').primaryKey(),
    programId: text('program_id')
      .notNull()
      .references(() => mentoringPrograms.id),
    identityId: text('identity_id'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email').notNull(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    // Set when a partner names the mentor under its convention: counts towards its commitment.
    conventionId: text('convention_id').references(() => conventions.id),
    jobFamily: text('job_family').notNull(),
    jobTitle: text('job_title').notNull(),
    skills: text('skills', { mode: 'json' }).notNull(),
    communeCode: text('commune_code'),
    availability: text('availability', { mode: 'json' }).notNull(),
    capacity: integer('capacity').notNull(),
    languages: text('languages', { mode: 'json' }).notNull(),
    preferredLevels: text('preferred_levels', { mode: 'json' }).notNull(),
    onWorkTime: integer('on_work_time', { mode: 'boolean' }).notNull().default(false),
    managerEmail: text('manager_email'),
    managerApproval: text('manager_approval').notNull().default('not_needed'),
    managerDecidedAt: text('manager_decided_at'),
    hoursAllowance: integer('hours_allowance').notNull().default(0),
    // The honorability check's outcome only — never the certificate itself.
    honorabilityVerified: integer('honorability_verified', { mode: 'boolean' }),
    honorabilityCheckedOn: text('honorability_checked_on'),
    honorabilityExpiresOn: text('honorability_expires_on'),
    honorabilityVerifiedBy: text('honorability_verified_by'),
    charterSignedAt: text('charter_signed_at'),
    status: text('status').notNull().default('active'),
    invitedBy: text('invited_by'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('mentors_program').on(t.programId),
    uniqueIndex('mentors_program_email').on(t.programId, t.email),
  ],
);

export const youngPeople = sqliteTable(
  'young_people',
  {
    id: text('id').primaryKey(),
    programId: text('program_id')
      .notNull()
      .references(() => mentoringPrograms.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: text('birth_date').notNull(),
    // school + folded names + birth date: finds the same young person followed elsewhere.
    identityKey: text('identity_key').notNull(),
    level: text('level').notNull(),
    schoolId: text('school_id')
      .notNull()
      .references(() => organizations.id),
    communeCode: text('commune_code'),
    interests: text('interests', { mode: 'json' }).notNull(),
    availability: text('availability', { mode: 'json' }).notNull(),
    languages: text('languages', { mode: 'json' }).notNull(),
    reason: text('reason').notNull(),
    reasonDetail: text('reason_detail'),
    // Sensitive: used for eligibility only, never shown to a mentor or a partner.
    scholarship: integer('scholarship', { mode: 'boolean' }).notNull(),
    priorityNeighbourhood: integer('priority_neighbourhood', { mode: 'boolean' }).notNull(),
    customCriteria: text('custom_criteria', { mode: 'json' }).notNull(),
    eligibility: text('eligibility', { mode: 'json' }).notNull(),
    eligible: integer('eligible', { mode: 'boolean' }).notNull(),
    guardianEmail: text('guardian_email').notNull(),
    authorisation: text('authorisation').notNull().default('pending'),
    status: text('status').notNull().default('active'),
    nominatedBy: text('nominated_by'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('young_people_program').on(t.programId), index('young_people_identity').on(t.identityKey)],
);

/** A guardian's authorisation, given through a signed link: who, link to the young person, scope. */
export const guardianAuthorisations = sqliteTable('guardian_authorisations', {
  id: text('id').primaryKey(),
  youngPersonId: text('young_person_id')
    .notNull()
    .references(() => youngPeople.id),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: text('expires_at').notNull(),
  guardianName: text('guardian_name'),
  relationship: text('relationship'),
  scope: text('scope', { mode: 'json' }),
  decision: text('decision'),
  decidedAt: text('decided_at'),
  ip: text('ip'),
  userAgent: text('user_agent'),
  createdAt: createdAt(),
});

/** One-off decision links (a manager approving an agent's mentoring on work time). */
export const approvalLinks = sqliteTable('approval_links', {
  tokenHash: text('token_hash').primaryKey(),
  mentorId: text('mentor_id')
    .notNull()
    .references(() => mentors.id),
  expiresAt: text('expires_at').notNull(),
  usedAt: text('used_at'),
  createdAt: createdAt(),
});

export const pairs = sqliteTable(
  'pairs',
  {
    id: text('id').primaryKey(),
    programId: text('program_id')
      .notNull()
      .references(() => mentoringPrograms.id),
    mentorId: text('mentor_id')
      .notNull()
      .references(() => mentors.id),
    youngPersonId: text('young_person_id')
      .notNull()
      .references(() => youngPeople.id),
    matchRunId: text('match_run_id'),
    status: text('status').notNull().default('proposed'),
    locked: integer('locked', { mode: 'boolean' }).notNull().default(false),
    score: real('score'),
    breakdown: text('breakdown', { mode: 'json' }),
    proposedAt: text('proposed_at').notNull(),
    acceptedAt: text('accepted_at'),
    introducedAt: text('introduced_at'),
    activatedAt: text('activated_at'),
    closedAt: text('closed_at'),
    closeOutcome: text('close_outcome'),
    closeReason: text('close_reason'),
    // Last "no meeting for N weeks" reminder, so the daily job nudges once per quiet spell.
    lastRemindedAt: text('last_reminded_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('pairs_program_status').on(t.programId, t.status),
    index('pairs_mentor').on(t.mentorId),
    index('pairs_young').on(t.youngPersonId),
  ],
);

/** Pairs the coordinator turned down: never proposed again by a re-run. */
export const rejectedPairs = sqliteTable(
  'rejected_pairs',
  {
    programId: text('program_id').notNull(),
    mentorId: text('mentor_id').notNull(),
    youngPersonId: text('young_person_id').notNull(),
    rejectedBy: text('rejected_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('rejected_pairs_unique').on(t.mentorId, t.youngPersonId)],
);

export const matchRuns = sqliteTable('match_runs', {
  id: text('id').primaryKey(),
  programId: text('program_id')
    .notNull()
    .references(() => mentoringPrograms.id),
  method: text('method').notNull(),
  timedOut: integer('timed_out', { mode: 'boolean' }).notNull(),
  elapsedMs: real('elapsed_ms').notNull(),
  totalScore: real('total_score').notNull(),
  proposals: integer('proposals').notNull(),
  unmatched: text('unmatched', { mode: 'json' }).notNull(),
  runBy: text('run_by'),
  createdAt: createdAt(),
});

export const meetings = sqliteTable(
  'meetings',
  {
    id: text('id').primaryKey(),
    pairId: text('pair_id')
      .notNull()
      .references(() => pairs.id),
    date: text('date').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    kind: text('kind').notNull(),
    // Visible to the coordinator only.
    note: text('note'),
    onWorkTime: integer('on_work_time', { mode: 'boolean' }).notNull().default(false),
    loggedBy: text('logged_by'),
    createdAt: createdAt(),
  },
  (t) => [index('meetings_pair').on(t.pairId)],
);

export const debriefs = sqliteTable(
  'debriefs',
  {
    id: text('id').primaryKey(),
    pairId: text('pair_id')
      .notNull()
      .references(() => pairs.id),
    respondent: text('respondent').notNull(),
    answers: text('answers', { mode: 'json' }).notNull(),
    /** The template's own questions as asked: `{ label, kind, answer }[]`. */
    extraAnswers: text('extra_answers', { mode: 'json' }).notNull().default([]),
    submittedAt: text('submitted_at').notNull(),
  },
  (t) => [uniqueIndex('debriefs_pair_respondent').on(t.pairId, t.respondent)],
);
