import * as z from 'zod/mini';
import { isoDate } from '../shared/dates.ts';
import { parseInput, trimmed } from '../shared/validation.ts';

export const DISCOVERY_DAY_KINDS = ['citizenship', 'service', 'restitution'] as const;
export type DiscoveryDayKind = (typeof DISCOVERY_DAY_KINDS)[number];

/** Pass'3e: citizenship day, three services, restitution. */
export const DEFAULT_WEEK_LAYOUT: DiscoveryDayKind[] = [
  'citizenship',
  'service',
  'service',
  'service',
  'restitution',
];

export const DEFAULT_PLAN_PREFERENCES = {
  /** Points for a host of the group's 1st, 2nd… job family; beyond the list, none. */
  interestPoints: [6, 4, 3, 2, 1],
  /** Extra points for a host whose job is mixed (gender, qualifications). */
  mixedJobBonus: 2,
  /**
   * Points lost for each service day in a job family the group already sees that week: the
   * week is for discovering several trades, so three hosts of one family must be worth it.
   */
  repeatedFamilyPenalty: 3,
};

const id = (label: string) => trimmed(label, 100);
const count = (label: string, max: number) =>
  z
    .number(`${label} : indiquez un nombre.`)
    .check(
      z.int(`${label} : nombre entier.`),
      z.gte(0, `${label} : au moins 0.`),
      z.lte(max, `${label} : au plus ${max}.`),
    );

export const DiscoveryTutor = z.object({
  id: id('L’identifiant du tuteur'),
  name: trimmed('Le nom du tuteur', 200),
  /** Day indices (0 = first day of the week) the tutor is there; absent = every day. */
  days: z.optional(z.array(count('Jour du tuteur', 6))),
  /** Week ids; absent = every week. */
  availableWeeks: z.optional(z.array(id('La semaine'))),
});
export type DiscoveryTutor = z.infer<typeof DiscoveryTutor>;

export const DiscoveryHost = z.object({
  id: id('L’identifiant du service'),
  name: trimmed('Le nom du service', 200),
  jobFamily: trimmed('La famille de métiers', 60),
  mixedJob: z._default(z.boolean('Métier mixte : oui ou non.'), false),
  capacityGroupsPerDay: count('Groupes par jour', 50),
  /** Week ids; absent = every week. */
  availableWeeks: z.optional(z.array(id('La semaine'))),
  tutors: z.array(DiscoveryTutor).check(z.maxLength(500, 'Au plus 500 tuteurs par service.')),
});
export type DiscoveryHost = z.infer<typeof DiscoveryHost>;

export const DiscoveryWeek = z.object({
  id: id('L’identifiant de la semaine'),
  startDate: isoDate('Début de semaine'),
});
export type DiscoveryWeek = z.infer<typeof DiscoveryWeek>;

export const DiscoveryPlanGroup = z.object({
  id: id('L’identifiant du groupe'),
  size: z._default(count('Taille du groupe', 12), 5),
  /** Job families, preferred first (see `aggregateDiscoveryInterests`). */
  interests: z._default(z.array(trimmed('Un centre d’intérêt', 60)).check(z.maxLength(10)), () => []),
});
export type DiscoveryPlanGroup = z.infer<typeof DiscoveryPlanGroup>;

export const PlanInput = z
  .object({
    groups: z.array(DiscoveryPlanGroup).check(z.maxLength(50_000, 'Au plus 50 000 groupes.')),
    weeks: z
      .array(DiscoveryWeek)
      .check(z.minLength(1, 'Indiquez au moins une semaine.'), z.maxLength(60, 'Au plus 60 semaines.')),
    layout: z._default(
      z
        .array(z.enum(DISCOVERY_DAY_KINDS, 'Type de journée : citizenship, service ou restitution.'))
        .check(z.minLength(1, 'Au moins une journée.'), z.maxLength(7, 'Au plus 7 journées.')),
      () => [...DEFAULT_WEEK_LAYOUT],
    ),
    hosts: z.array(DiscoveryHost).check(z.maxLength(5000, 'Au plus 5 000 services.')),
    groupsPerWeek: z.optional(count('Groupes par semaine', 10_000)),
    preferences: z._default(
      z.object({
        interestPoints: z.array(count('Points', 100)).check(z.maxLength(10)),
        mixedJobBonus: count('Bonus métier mixte', 100),
        repeatedFamilyPenalty: count('Pénalité famille répétée', 100),
      }),
      () => ({ ...DEFAULT_PLAN_PREFERENCES, interestPoints: [...DEFAULT_PLAN_PREFERENCES.interestPoints] }),
    ),
  })
  .check(z.superRefine(checkReferences));
export type PlanInput = z.infer<typeof PlanInput>;

/** Validates untrusted plan input (French messages), for callers that take it from the API. */
export const parsePlanInput = (raw: unknown): PlanInput => parseInput(PlanInput, raw);

type Ctx = { addIssue: (issue: { code: 'custom'; message: string; path: (string | number)[] }) => void };

function checkReferences(
  input: {
    groups: { id: string }[];
    weeks: { id: string }[];
    layout: string[];
    hosts: { id: string; availableWeeks?: string[] | undefined; tutors: DiscoveryTutor[] }[];
  },
  ctx: Ctx,
) {
  const issue = (message: string, path: (string | number)[]) =>
    ctx.addIssue({ code: 'custom', message, path });
  const duplicates = (ids: string[], what: string, path: string) => {
    const seen = new Set<string>();
    ids.forEach((value, k) => {
      if (seen.has(value)) issue(`${what} « ${value} » figure deux fois.`, [path, k, 'id']);
      seen.add(value);
    });
  };
  duplicates(
    input.groups.map((g) => g.id),
    'Le groupe',
    'groups',
  );
  duplicates(
    input.weeks.map((w) => w.id),
    'La semaine',
    'weeks',
  );
  duplicates(
    input.hosts.map((h) => h.id),
    'Le service',
    'hosts',
  );
  const weeks = new Set(input.weeks.map((w) => w.id));
  const tutorHost = new Map<string, string>();
  input.hosts.forEach((host, h) => {
    host.availableWeeks?.forEach((week, k) => {
      if (!weeks.has(week)) issue(`Semaine « ${week} » inconnue.`, ['hosts', h, 'availableWeeks', k]);
    });
    host.tutors.forEach((tutor, t) => {
      const other = tutorHost.get(tutor.id);
      if (other !== undefined)
        issue(`Le tuteur « ${tutor.id} » est déjà rattaché au service « ${other} ».`, [
          'hosts',
          h,
          'tutors',
          t,
          'id',
        ]);
      tutorHost.set(tutor.id, host.id);
      tutor.days?.forEach((day, k) => {
        if (day >= input.layout.length)
          issue(`Jour ${day + 1} : la semaine n’en compte que ${input.layout.length}.`, [
            'hosts',
            h,
            'tutors',
            t,
            'days',
            k,
          ]);
      });
      tutor.availableWeeks?.forEach((week, k) => {
        if (!weeks.has(week))
          issue(`Semaine « ${week} » inconnue.`, ['hosts', h, 'tutors', t, 'availableWeeks', k]);
      });
    });
  });
}

export type DiscoveryPlanDay = {
  /** Position in the layout, 0-based ("jour 1" for users is index 0). */
  dayIndex: number;
  kind: DiscoveryDayKind;
  date: string;
  hostId: string | null;
  tutorId: string | null;
};

export type DiscoveryAssignment = {
  groupId: string;
  weekId: string;
  days: DiscoveryPlanDay[];
  /** The service days' points (interests, mixed jobs) minus repeated-family penalties. */
  value: number;
  explanation: string;
};

export type DiscoveryUnplaced = { groupId: string; reason: string };

export type DiscoveryPlanScore = {
  placedGroups: number;
  unplacedGroups: number;
  serviceDays: number;
  /** Service days at a host of one of the group's job families. */
  interestDays: number;
  firstChoiceDays: number;
  mixedJobDays: number;
  /** Service days in a job family the group already saw that week. */
  repeatedFamilyDays: number;
  /**
   * The objective: Σ points over placed groups' service days minus the repeated-family
   * penalties (placing a group comes before any number of points).
   */
  value: number;
};

export type DiscoveryPlan = {
  assignments: DiscoveryAssignment[];
  unplaced: DiscoveryUnplaced[];
  warnings: string[];
  score: DiscoveryPlanScore;
};
