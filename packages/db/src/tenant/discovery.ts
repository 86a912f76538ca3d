import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { conventions } from './conventions.ts';
import { organizations } from './schema.ts';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/** A discovery-week program (Pass'3e): places, weights, the week's layout as data. */
export const discoveryPrograms = sqliteTable('discovery_programs', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  season: text('season').notNull(),
  totalPlaces: integer('total_places').notNull(),
  priorityWeights: text('priority_weights', { mode: 'json' }).notNull(),
  minimumPerSchool: integer('minimum_per_school').notNull().default(0),
  groupSize: integer('group_size').notNull().default(5),
  layout: text('layout', { mode: 'json' }).notNull(),
  status: text('status').notNull().default('active'),
  createdAt: createdAt(),
  updatedAt: text('updated_at').notNull(),
});

export const discoveryWeeks = sqliteTable(
  'discovery_weeks',
  {
    id: text('id').primaryKey(),
    programId: text('program_id')
      .notNull()
      .references(() => discoveryPrograms.id),
    startDate: text('start_date').notNull(),
    // Once closed, booklet links stop accepting changes.
    closedAt: text('closed_at'),
  },
  (t) => [uniqueIndex('discovery_weeks_program_start').on(t.programId, t.startDate)],
);

/** A host: one of the authority's services, or a partner company under convention. */
export const discoveryHosts = sqliteTable(
  'discovery_hosts',
  {
    id: text('id').primaryKey(),
    programId: text('program_id')
      .notNull()
      .references(() => discoveryPrograms.id),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    conventionId: text('convention_id').references(() => conventions.id),
    name: text('name').notNull(),
    jobFamily: text('job_family').notNull(),
    // Jobs mixed in gender and in qualification, which the program values.
    mixedJob: integer('mixed_job', { mode: 'boolean' }).notNull().default(false),
    capacityGroupsPerDay: integer('capacity_groups_per_day').notNull(),
    availableWeeks: text('available_weeks', { mode: 'json' }),
    createdAt: createdAt(),
  },
  (t) => [index('discovery_hosts_program').on(t.programId)],
);

export const discoveryTutors = sqliteTable('discovery_tutors', {
  id: text('id').primaryKey(),
  hostId: text('host_id')
    .notNull()
    .references(() => discoveryHosts.id),
  identityId: text('identity_id'),
  name: text('name').notNull(),
  email: text('email').notNull(),
  days: text('days', { mode: 'json' }),
});

/** Places per school, as last computed: schools see their quota and the arithmetic behind it. */
export const discoveryQuotas = sqliteTable(
  'discovery_quotas',
  {
    programId: text('program_id')
      .notNull()
      .references(() => discoveryPrograms.id),
    schoolId: text('school_id')
      .notNull()
      .references(() => organizations.id),
    quota: integer('quota').notNull(),
    explanation: text('explanation').notNull(),
    computedAt: text('computed_at').notNull(),
  },
  (t) => [uniqueIndex('discovery_quotas_program_school').on(t.programId, t.schoolId)],
);

export const discoveryGroups = sqliteTable(
  'discovery_groups',
  {
    id: text('id').primaryKey(),
    programId: text('program_id')
      .notNull()
      .references(() => discoveryPrograms.id),
    number: integer('number').notNull(),
    weekId: text('week_id').references(() => discoveryWeeks.id),
    score: real('score'),
    explanation: text('explanation'),
  },
  (t) => [index('discovery_groups_program').on(t.programId)],
);

export const discoveryStudents = sqliteTable(
  'discovery_students',
  {
    id: text('id').primaryKey(),
    programId: text('program_id')
      .notNull()
      .references(() => discoveryPrograms.id),
    schoolId: text('school_id')
      .notNull()
      .references(() => organizations.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    gender: text('gender').notNull(),
    interests: text('interests', { mode: 'json' }).notNull(),
    reason: text('reason').notNull(),
    guardianEmail: text('guardian_email').notNull(),
    authorisation: text('authorisation').notNull().default('pending'),
    groupId: text('group_id').references(() => discoveryGroups.id),
    // The pupil's internship convention, signed online like any convention.
    conventionId: text('convention_id').references(() => conventions.id),
    nominatedBy: text('nominated_by'),
    createdAt: createdAt(),
  },
  (t) => [index('discovery_students_program_school').on(t.programId, t.schoolId)],
);

export const discoveryAuthorisations = sqliteTable('discovery_authorisations', {
  id: text('id').primaryKey(),
  studentId: text('student_id')
    .notNull()
    .references(() => discoveryStudents.id),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: text('expires_at').notNull(),
  guardianName: text('guardian_name'),
  relationship: text('relationship'),
  decision: text('decision'),
  decidedAt: text('decided_at'),
  ip: text('ip'),
  userAgent: text('user_agent'),
});

/** One line of a group's week: the day, what it is, and where and with whom for a service day. */
export const discoveryPlanDays = sqliteTable(
  'discovery_plan_days',
  {
    id: text('id').primaryKey(),
    groupId: text('group_id')
      .notNull()
      .references(() => discoveryGroups.id),
    dayIndex: integer('day_index').notNull(),
    kind: text('kind').notNull(),
    hostId: text('host_id').references(() => discoveryHosts.id),
    tutorId: text('tutor_id').references(() => discoveryTutors.id),
  },
  (t) => [uniqueIndex('discovery_plan_days_group_day').on(t.groupId, t.dayIndex)],
);

export const discoveryAttendance = sqliteTable(
  'discovery_attendance',
  {
    studentId: text('student_id')
      .notNull()
      .references(() => discoveryStudents.id),
    dayIndex: integer('day_index').notNull(),
    present: integer('present', { mode: 'boolean' }).notNull(),
    markedBy: text('marked_by'),
    markedAt: text('marked_at').notNull(),
  },
  (t) => [uniqueIndex('discovery_attendance_student_day').on(t.studentId, t.dayIndex)],
);

/** The digital booklet: one page per day and a final assessment page, filled through a link. */
export const bookletPages = sqliteTable(
  'booklet_pages',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => discoveryStudents.id),
    page: text('page').notNull(),
    content: text('content', { mode: 'json' }).notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('booklet_pages_student_page').on(t.studentId, t.page)],
);

export const bookletLinks = sqliteTable('booklet_links', {
  tokenHash: text('token_hash').primaryKey(),
  studentId: text('student_id')
    .notNull()
    .references(() => discoveryStudents.id),
  expiresAt: text('expires_at').notNull(),
  createdAt: createdAt(),
});

export const surveyResponses = sqliteTable(
  'survey_responses',
  {
    id: text('id').primaryKey(),
    programId: text('program_id')
      .notNull()
      .references(() => discoveryPrograms.id),
    weekId: text('week_id').references(() => discoveryWeeks.id),
    respondentKind: text('respondent_kind').notNull(),
    respondentRef: text('respondent_ref').notNull(),
    satisfaction: integer('satisfaction').notNull(),
    answers: text('answers', { mode: 'json' }).notNull(),
    /** The template's own questions as asked: `{ label, kind, answer }[]`. */
    extraAnswers: text('extra_answers', { mode: 'json' }).notNull().default([]),
    submittedAt: text('submitted_at').notNull(),
  },
  (t) => [uniqueIndex('survey_responses_respondent').on(t.programId, t.respondentKind, t.respondentRef)],
);
