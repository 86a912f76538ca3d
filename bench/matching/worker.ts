// Bundled by `bench/matching.ts` with esbuild and run in workerd (Miniflare): the same engine and
// the same seeded instances as the Node side, timed inside the isolate.
import {
  greedyAssignment,
  matchMentors,
  prepareAssignment,
  solveAssignment,
} from '../../packages/domain/src/matching/index.ts';
import { buildInstance, type Family } from './instances.ts';
import { repeatsFor, timeMean } from './timing.ts';

export type WorkerFigures = {
  prepareMs: number;
  greedyMs: number;
  exactMs: number;
  matchMs: number;
  greedy: { matched: number; cost: number };
  exact: { matched: number; cost: number };
};

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const family = url.searchParams.get('family') as Family;
    const size = Number(url.searchParams.get('n'));
    const seed = Number(url.searchParams.get('seed'));
    const input = buildInstance(family, size, seed);
    const repeat = repeatsFor(size);
    const [prepared, prepareMs] = timeMean(repeat, () => prepareAssignment(input));
    const [greedy, greedyMs] = timeMean(repeat, () => greedyAssignment(prepared.problem));
    const [exact, exactMs] = timeMean(repeat, () => solveAssignment(prepared.problem)!);
    const [, matchMs] = timeMean(repeat, () => matchMentors(input));
    const figures: WorkerFigures = {
      prepareMs,
      greedyMs,
      exactMs,
      matchMs,
      greedy: { matched: greedy.matched, cost: greedy.cost },
      exact: { matched: exact.matched, cost: exact.cost },
    };
    return Response.json(figures);
  },
};
