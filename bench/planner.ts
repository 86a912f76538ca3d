// `pnpm bench:planner`: the Pass'3e pipeline — places per collège, groups of five, weeks — on a
// city (Clermont-Ferrand's scale: 100 pupils, 10 collèges, 20 services, 4 weeks) and on a
// département (20 000 pupils, 1 000 collèges, 300 services, 30 weeks), each step timed apart;
// then the planner's objective against an exact MIP (HiGHS) on instances small enough for it.
import {
  allocatePlaces,
  checkPlan,
  type DiscoveryPlan,
  formGroups,
  planWeeks,
} from '../packages/domain/src/discovery/index.ts';
import { type MipAnswer, solveWithHighs } from './planner/highs.ts';
import { buildInstance, buildStudents } from './planner/instances.ts';

const SEED = 20261123;
const MIP_TIME_LIMIT_S = 40;

function timeMean<T>(repeat: number, run: () => T): [T, number] {
  let value: T | undefined;
  const started = performance.now();
  for (let k = 0; k < repeat; k++) value = run();
  return [value!, (performance.now() - started) / repeat];
}

type Scale = { pupils: number; schools: number; hosts: number; weeks: number };

/** Allocation → pupils → groups → plan input, as the API would chain them. */
function pipeline(kind: 'city' | 'departement', seed: number, scale?: Scale) {
  const instance = buildInstance(kind, seed, scale);
  const allocationInput = { totalPlaces: instance.totalPlaces, schools: instance.schools };
  const allocation = allocatePlaces(allocationInput);
  const students = buildStudents(allocation.quotas, seed + 1);
  const grouping = formGroups({ students, seed });
  const planInput = {
    groups: grouping.groups.map((g) => ({
      id: `grp_${g.index}`,
      size: g.score.size,
      interests: g.interests,
    })),
    weeks: instance.weeks,
    hosts: instance.hosts,
  };
  return { instance, allocationInput, allocation, students, grouping, planInput };
}

const started = performance.now();
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

// Timings: each step on its own input, repeated and averaged; the plan is re-checked by checkPlan.
type TimingRow = {
  name: string;
  pupils: number;
  schools: number;
  groups: number;
  hosts: number;
  weeks: number;
  allocateMs: number;
  groupMs: number;
  planMs: number;
  checkMs: number;
  plan: DiscoveryPlan;
  maxSameSchool: number;
  overTwo: number;
  gapOver1: number;
};
const timings: TimingRow[] = [];
for (const [name, kind, repeats] of [
  ['ville', 'city', 20],
  ['département', 'departement', 3],
] as const) {
  const run = pipeline(kind, SEED);
  for (let k = 0; k < 2; k++) planWeeks(run.planInput); // warm-up
  const [, allocateMs] = timeMean(repeats * 10, () => allocatePlaces(run.allocationInput));
  const [grouping, groupMs] = timeMean(repeats, () => formGroups({ students: run.students, seed: SEED }));
  const [plan, planMs] = timeMean(repeats, () => planWeeks(run.planInput));
  const [violations, checkMs] = timeMean(repeats, () => checkPlan(plan, run.planInput));
  if (violations.length > 0)
    throw new Error(`${name}: ${violations.length} violations, e.g. ${violations[0]!.message}`);
  if (run.allocation.allocated !== Math.min(run.instance.totalPlaces, run.students.length))
    throw new Error(`${name}: quotas do not add up`);
  timings.push({
    name,
    pupils: run.students.length,
    schools: run.instance.schools.length,
    groups: grouping.groups.length,
    hosts: run.instance.hosts.length,
    weeks: run.instance.weeks.length,
    allocateMs,
    groupMs,
    planMs,
    checkMs,
    plan,
    maxSameSchool: grouping.summary.maxSameSchool,
    overTwo: grouping.summary.groupsOverTwoFromOneSchool,
    gapOver1: grouping.groups.filter((g) => g.score.genderGap > 1).length,
  });
  process.stderr.write(`${name} ✓\n`);
}

// Against HiGHS: the full MIP says how many groups can be placed at most and the best points;
// when places run short the MIP also chooses *which* groups to place, so the points are then
// compared with a second MIP over the groups the planner placed.
type MipRow = {
  name: string;
  groups: number;
  hosts: number;
  weeks: number;
  planMs: number;
  plan: DiscoveryPlan;
  full: MipAnswer;
  samePlaced: MipAnswer | null;
};
const mipRows: MipRow[] = [];
for (const [name, kind, seed, scale] of [
  ['ville (complète)', 'city', SEED, undefined],
  ['ville serrée', 'city', SEED + 2, { pupils: 100, schools: 10, hosts: 8, weeks: 2 }],
  ['département réduit A', 'departement', SEED + 3, { pupils: 200, schools: 30, hosts: 30, weeks: 4 }],
  ['département réduit B', 'departement', SEED + 4, { pupils: 300, schools: 30, hosts: 24, weeks: 4 }],
] as const) {
  const run = pipeline(kind, seed, scale);
  const [plan, planMs] = timeMean(3, () => planWeeks(run.planInput));
  const full = await solveWithHighs(run.planInput, MIP_TIME_LIMIT_S);
  let samePlaced: MipAnswer | null = null;
  if (plan.unplaced.length > 0) {
    const placed = new Set(plan.assignments.map((a) => a.groupId));
    samePlaced = await solveWithHighs(
      { ...run.planInput, groups: run.planInput.groups.filter((g) => placed.has(g.id)) },
      MIP_TIME_LIMIT_S,
    );
  }
  mipRows.push({
    name,
    groups: run.planInput.groups.length,
    hosts: run.instance.hosts.length,
    weeks: run.instance.weeks.length,
    planMs,
    plan,
    full,
    samePlaced,
  });
  process.stderr.write(`HiGHS ${name} ✓\n`);
}

function printTable(table: string[][]) {
  const widths = table[0]!.map((_, c) => Math.max(...table.map((line) => line[c]!.length)));
  const print = (line: string[]) =>
    console.log(
      `| ${line.map((cell, c) => (c < 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`,
    );
  print(table[0]!);
  console.log(`|${widths.map((w, c) => (c < 1 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const line of table.slice(1)) print(line);
}

console.log(
  `\nbench:planner — seed ${SEED}, Node ${process.version}; mean of 200/20 (ville) and 30/3 (département) runs`,
);
console.log(
  'allocate = places per collège (Hamilton); groups = groups of five mixed by collège and gender; plan = weeks, services, tutors; check = checkPlan on the plan (0 violations required)\n',
);
printTable([
  [
    'instance',
    'pupils',
    'collèges',
    'groups',
    'services',
    'weeks',
    'allocate ms',
    'groups ms',
    'plan ms',
    'check ms',
    'placed',
    'points',
    '1st-choice days',
    'mixed-job days',
    'max same collège',
    'groups gap>1',
  ],
  ...timings.map((r) => [
    r.name,
    String(r.pupils),
    String(r.schools),
    String(r.groups),
    String(r.hosts),
    String(r.weeks),
    ms(r.allocateMs),
    ms(r.groupMs),
    ms(r.planMs),
    ms(r.checkMs),
    `${r.plan.score.placedGroups}/${r.groups}`,
    String(r.plan.score.value),
    `${Math.round((100 * r.plan.score.firstChoiceDays) / Math.max(1, r.plan.score.serviceDays))} %`,
    `${Math.round((100 * r.plan.score.mixedJobDays) / Math.max(1, r.plan.score.serviceDays))} %`,
    String(r.maxSameSchool),
    String(r.gapOver1),
  ]),
]);

const ratioOf = (r: MipRow) => r.plan.score.value / (r.samePlaced ?? r.full).value;
console.log(
  '\nplanner vs exact MIP (HiGHS, same capacities and points; ratio = planner points / MIP points)\n',
);
printTable([
  [
    'instance',
    'groups',
    'services',
    'weeks',
    'plan ms',
    'placed plan/MIP',
    'points plan',
    'points MIP',
    'ratio',
    'MIP',
    'MIP s',
  ],
  ...mipRows.map((r) => [
    r.name,
    String(r.groups),
    String(r.hosts),
    String(r.weeks),
    ms(r.planMs),
    `${r.plan.score.placedGroups}/${r.full.placed}`,
    String(r.plan.score.value),
    r.samePlaced ? `${r.samePlaced.value} (same groups)` : String(r.full.value),
    ratioOf(r).toFixed(3),
    (r.samePlaced ?? r.full).status,
    ((r.full.ms + (r.samePlaced?.ms ?? 0)) / 1000).toFixed(1),
  ]),
]);

const city = timings[0]!;
const dep = timings[1]!;
const ratios = mipRows.map(ratioOf);
const placedAll = mipRows.every((r) => r.plan.score.placedGroups === r.full.placed);
const allOptimal = mipRows.every((r) => (r.samePlaced ?? r.full).status === 'Optimal');
console.log(
  `\nbench:planner: ville ${ms(city.allocateMs + city.groupMs + city.planMs)} ms (plan ${ms(city.planMs)} ms), département ${(dep.groupMs / 1000).toFixed(2)} s groups + ${(dep.planMs / 1000).toFixed(2)} s plan (${dep.plan.score.placedGroups}/${dep.groups} groups placed, 0 violations); vs HiGHS ${placedAll ? 'same' : 'FEWER'} groups placed on ${mipRows.length}/${mipRows.length}, points ratio ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}${allOptimal ? '' : ' (some MIPs stopped on time)'}; total ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
if (!placedAll) process.exitCode = 1;
