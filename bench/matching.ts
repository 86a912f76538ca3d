// `pnpm bench:matching`: the matching engine on seeded instances at 200, 1 000 and 3 000 young
// people (mentors ≈ n/1.5, capacity 1–2): exact solver against greedy, against HiGHS where HiGHS
// answers in seconds, and the same code inside workerd (Miniflare), timed in the isolate.
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import {
  type Assignment,
  type AssignmentProblem,
  greedyAssignment,
  matchMentors,
  prepareAssignment,
  solveAssignment,
} from '../packages/domain/src/matching/index.ts';
import { solveWithHighs } from './matching/highs.ts';
import { buildInstance, FAMILIES, type Family } from './matching/instances.ts';
import { repeatsFor, timeMean } from './matching/timing.ts';
import type { WorkerFigures } from './matching/worker.ts';

const SIZES = [200, 1000, 3000];
const HIGHS_UP_TO = 1000;
const SEED = 20261123;

type Row = {
  family: Family;
  size: number;
  mentors: number;
  units: number;
  prepareMs: number;
  greedyMs: number;
  exactMs: number;
  matchMs: number;
  greedy: Outcome;
  exact: Outcome;
  highs: (Outcome & { ms: number }) | null;
  workerd: WorkerFigures | null;
};
type Outcome = { matched: number; cost: number };

const outcome = (a: Assignment): Outcome => ({ matched: a.matched, cost: a.cost });
/** Sum of the pair scores in points: each pair's cost is 10 000 − score in hundredths. */
const points = (o: Outcome) => (o.matched * 10_000 - o.cost) / 100;
const units = (p: AssignmentProblem) => p.colCapacity.reduce((sum, c) => sum + c, 0);

const rows: Row[] = [];
const started = performance.now();
// Warm-up: V8 compiles the hot loops after a few runs; small timings would otherwise measure that.
for (let k = 0; k < 5; k++) for (const family of FAMILIES) matchMentors(buildInstance(family, 200, SEED + 1));
for (const size of SIZES) {
  for (const family of FAMILIES) {
    const input = buildInstance(family, size, SEED);
    const repeat = repeatsFor(size);
    const [prepared, prepareMs] = timeMean(repeat, () => prepareAssignment(input));
    const [greedy, greedyMs] = timeMean(repeat, () => greedyAssignment(prepared.problem));
    const [exact, exactMs] = timeMean(repeat, () => solveAssignment(prepared.problem)!);
    const [result, matchMs] = timeMean(repeat, () => matchMentors(input));
    if (result.method !== 'exact' || result.pairs.filter((p) => !p.locked).length !== exact.matched)
      throw new Error(`${family} ${size}: matchMentors disagrees with the solver`);
    rows.push({
      family,
      size,
      mentors: input.mentors.length,
      units: units(prepared.problem),
      prepareMs,
      greedyMs,
      exactMs,
      matchMs,
      greedy: outcome(greedy),
      exact: outcome(exact),
      highs: null,
      workerd: null,
    });
    process.stderr.write(`node ${family} ${size} ✓\n`);
  }
}

// HiGHS after the timings, so its allocations do not land in them.
for (const row of rows.filter((r) => r.size <= HIGHS_UP_TO)) {
  const { problem } = prepareAssignment(buildInstance(row.family, row.size, SEED));
  const t = performance.now();
  const answer = await solveWithHighs(problem);
  row.highs = { ...answer, ms: performance.now() - t };
  process.stderr.write(`HiGHS ${row.family} ${row.size} ✓\n`);
}

// The same engine inside workerd: one bundle, one request per instance, timed in the isolate.
const bundle = await build({
  entryPoints: ['bench/matching/worker.ts'],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
});
const mf = new Miniflare({
  modules: true,
  script: bundle.outputFiles[0]!.text,
  compatibilityDate: '2026-04-01',
});
const askWorker = async (family: Family, size: number) => {
  const response = await mf.dispatchFetch(`http://bench.test/?family=${family}&n=${size}&seed=${SEED}`);
  if (!response.ok) throw new Error(`workerd: ${response.status} ${await response.text()}`);
  return (await response.json()) as WorkerFigures;
};
for (let k = 0; k < 3; k++) for (const family of FAMILIES) await askWorker(family, 200); // warm-up
for (const row of rows) {
  row.workerd = await askWorker(row.family, row.size);
  if (row.workerd.exact.matched !== row.exact.matched || row.workerd.exact.cost !== row.exact.cost)
    throw new Error(`${row.family} ${row.size}: workerd and Node disagree`);
  process.stderr.write(`workerd ${row.family} ${row.size} ✓\n`);
}
await mf.dispose();

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const table = [
  [
    'instance',
    'n',
    'mentors',
    'places',
    'prepare ms',
    'greedy ms',
    'exact ms',
    'run ms',
    'workerd exact ms',
    'workerd run ms',
    'pairs greedy→exact',
    'score exact/greedy',
    'HiGHS ms',
    'exact/HiGHS',
  ],
  ...rows.map((r) => [
    r.family,
    String(r.size),
    String(r.mentors),
    String(r.units),
    ms(r.prepareMs),
    ms(r.greedyMs),
    ms(r.exactMs),
    ms(r.matchMs),
    ms(r.workerd!.exactMs),
    ms(r.workerd!.matchMs),
    `${r.greedy.matched}→${r.exact.matched}`,
    (points(r.exact) / points(r.greedy)).toFixed(3),
    r.highs ? ms(r.highs.ms) : '—',
    r.highs
      ? r.highs.matched === r.exact.matched
        ? (points(r.exact) / points(r.highs)).toFixed(3)
        : `pairs ${r.exact.matched}/${r.highs.matched}`
      : '—',
  ]),
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((line) => line[c]!.length)));
const print = (line: string[]) =>
  console.log(
    `| ${line.map((cell, c) => (c < 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`,
  );

console.log(
  `\nbench:matching — seed ${SEED}, Node ${process.version}, workerd via Miniflare; mean of 20 / 5 / 3 runs at n = 200 / 1 000 / 3 000 (workerd's clock ticks by 1 ms)`,
);
console.log(
  'prepare = hard constraints + scoring every pair; run = matchMentors end to end (greedy, exact, explanations)\n',
);
print(table[0]!);
console.log(`|${widths.map((w, c) => (c < 1 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const line of table.slice(1)) print(line);

const largest = rows.filter((r) => r.size === Math.max(...SIZES));
const checked = rows.filter((r) => r.highs);
const equal = checked.every((r) => r.highs!.matched === r.exact.matched && r.highs!.cost === r.exact.cost);
const worstGreedy = rows.reduce((worst, r) =>
  r.exact.matched / r.greedy.matched > worst.exact.matched / worst.greedy.matched ? r : worst,
);
console.log(
  `\nbench:matching: exact at n=${largest[0]!.size} in ${ms(Math.min(...largest.map((r) => r.exactMs)))}–${ms(Math.max(...largest.map((r) => r.exactMs)))} ms (Node) / ${ms(Math.min(...largest.map((r) => r.workerd!.exactMs)))}–${ms(Math.max(...largest.map((r) => r.workerd!.exactMs)))} ms (workerd); ${equal ? '=' : '≠'} HiGHS on ${checked.length}/${checked.length} instances up to n=${HIGHS_UP_TO} (ratio ${equal ? '1.000' : 'MISMATCH'}); greedy loses up to ${Math.round((1 - worstGreedy.greedy.matched / worstGreedy.exact.matched) * 100)} % of pairs (${worstGreedy.family} n=${worstGreedy.size}); total ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
if (!equal) process.exitCode = 1;
