import { formatFrenchDate } from '../shared/dates.ts';
import { countOf, dayLabel, listFr } from './french-format.ts';
import type { PlanModel } from './plan-model.ts';

/** Places left: `room` per host, week and service day (same index as `capacity`), groups per week. */
export type PlanResidual = { room: Int32Array; load: Int32Array };

/**
 * The best week and distinct hosts for one more group given what is left, or null. Exact for a
 * single group: on a given day, whatever the other days hold (S − 1 hosts at most), the best
 * choice is either one of the day's S best hosts or the best host of one of the S best
 * families not yet seen — so those at most 2S candidates per day are all that is searched.
 * With `better`, spots that cannot beat that value are not returned (a cheaper search); with
 * `week`, only that week is tried.
 */
export function insertGroup(
  model: PlanModel,
  residual: PlanResidual,
  g: number,
  options: { better?: number; week?: number } = {},
): { week: number; hosts: Int32Array; value: number } | null {
  const { weekCount: W, serviceDays } = model;
  const S = serviceDays.length;
  const better = options.better ?? Number.NEGATIVE_INFINITY;
  const search = new ComboSearch(model, g);
  let best: { week: number; hosts: Int32Array; value: number } | null = null;
  for (let w = options.week ?? 0; w < (options.week === undefined ? W : options.week + 1); w++) {
    if (residual.load[w]! >= model.weekLimit) continue;
    const base = w * S;
    const open = search.collect((h, s) => residual.room[h * W * S + base + s]! > 0);
    if (!open) continue;
    const floor = best ? best.value - 1 : better;
    const value = search.run(Math.max(floor, better));
    if (value === null) continue;
    if (
      !best ||
      value > best.value ||
      (value === best.value && residual.load[w]! < residual.load[best.week]!)
    )
      best = { week: w, hosts: search.hosts.slice(), value };
  }
  return best;
}

/** The most a group could score with unlimited places: its best distinct hosts, families counted. */
export function idealValue(model: PlanModel, g: number): number {
  const search = new ComboSearch(model, g);
  if (!search.collect(() => true)) return 0;
  return search.run(Number.NEGATIVE_INFINITY) ?? 0;
}

/** Candidates per day and a branch-and-bound over them, reused across weeks. */
export class ComboSearch {
  readonly hosts: Int32Array;
  private readonly model: PlanModel;
  private readonly g: number;
  private readonly S: number;
  private readonly options: Int32Array;
  private readonly counts: Int32Array;
  private readonly rest: Float64Array;
  private readonly current: Int32Array;
  private readonly champions: Int32Array;
  private bestValue = 0;

  constructor(model: PlanModel, g: number) {
    this.model = model;
    this.g = g;
    this.S = model.serviceDays.length;
    this.options = new Int32Array(this.S * 2 * this.S);
    this.counts = new Int32Array(this.S);
    this.rest = new Float64Array(this.S + 1);
    this.current = new Int32Array(this.S);
    this.hosts = new Int32Array(this.S);
    this.champions = new Int32Array(this.S);
  }

  /** Fills each day's candidates among the hosts `open` says have room; false if a day has none. */
  collect(open: (h: number, s: number) => boolean): boolean {
    const { hostCount: H, rankedHosts, familyOf, value } = this.model;
    const { S, g } = this;
    const row = g * H;
    for (let s = 0; s < S; s++) {
      let count = 0;
      let leaders = 0;
      let champions = 0;
      for (let r = 0; r < H && (leaders < S || champions < S); r++) {
        const h = rankedHosts[row + r]!;
        if (!open(h, s)) continue;
        const family = familyOf[h]!;
        let known = false;
        for (let c = 0; c < champions; c++) if (this.champions[c] === family) known = true;
        const champion = !known && champions < S;
        if (champion) this.champions[champions++] = family;
        if (leaders < S || champion) this.options[s * 2 * S + count++] = h;
        leaders += 1;
      }
      if (count === 0) return false;
      this.counts[s] = count;
    }
    this.rest[S] = 0;
    for (let s = S - 1; s >= 0; s--)
      this.rest[s] = this.rest[s + 1]! + value[row + this.options[s * 2 * S]!]!;
    return true;
  }

  /** Best total above `floor` over the collected candidates (hosts in `hosts`), or null. */
  run(floor: number): number | null {
    this.bestValue = floor;
    const found = this.step(0, 0);
    return found ? this.bestValue : null;
  }

  private step(s: number, total: number): boolean {
    const { S } = this;
    if (total + this.rest[s]! <= this.bestValue) return false;
    if (s === S) {
      this.bestValue = total;
      this.hosts.set(this.current);
      return true;
    }
    const { hostCount: H, value, familyOf, repeatPenalty } = this.model;
    let found = false;
    for (let k = 0; k < this.counts[s]!; k++) {
      const h = this.options[s * 2 * S + k]!;
      let taken = false;
      let repeated = false;
      for (let t = 0; t < s; t++) {
        if (this.current[t] === h) taken = true;
        if (familyOf[this.current[t]!] === familyOf[h]) repeated = true;
      }
      if (taken) continue;
      this.current[s] = h;
      if (this.step(s + 1, total + value[this.g * H + h]! - (repeated ? repeatPenalty : 0))) found = true;
    }
    return found;
  }
}

/** Records a placement in the residual. */
export function occupy(model: PlanModel, residual: PlanResidual, week: number, hosts: Int32Array) {
  const { weekCount: W, serviceDays } = model;
  const S = serviceDays.length;
  residual.load[week]! += 1;
  for (let s = 0; s < S; s++) residual.room[(hosts[s]! * W + week) * S + s]! -= 1;
}

/** Why no week can take one more group, in French, from what is left. */
export function explainUnplaced(model: PlanModel, residual: PlanResidual, preface: string): string {
  const { hostCount: H, weekCount: W, serviceDays, input } = model;
  const S = serviceDays.length;
  if (S > H)
    return `${preface}Chaque groupe découvre ${countOf(S, 'service', 'services')} différents ; ${countOf(H, 'service est déclaré', 'services sont déclarés')}.`;
  const FULL = Number.isFinite(model.weekLimit)
    ? `complète (${countOf(model.weekLimit, 'groupe', 'groupes')} par semaine au plus)`
    : 'complète';
  const causes = input.weeks.map((_, w) => {
    if (residual.load[w]! >= model.weekLimit) return FULL;
    const closed: number[] = [];
    const open = new Set<number>();
    for (let s = 0; s < S; s++) {
      let any = false;
      for (let h = 0; h < H; h++)
        if (residual.room[(h * W + w) * S + s]! > 0) {
          any = true;
          open.add(h);
        }
      if (!any) closed.push(serviceDays[s]!);
    }
    if (closed.length === 1) return `sans place le ${dayLabel(closed[0]!)}`;
    if (closed.length > 1) return `sans place les jours ${listFr(closed.map((d) => String(d + 1)))}`;
    return `sans ${countOf(S, 'service', 'services')} différents encore libres (${open.size})`;
  });
  if (W <= 4)
    return `${preface}Aucune semaine ne peut accueillir ce groupe : ${input.weeks
      .map((week, w) => `semaine du ${formatFrenchDate(week.startDate)} ${causes[w]}`)
      .join(' ; ')}.`;
  const tally = new Map<string, number>();
  for (const cause of causes) tally.set(cause, (tally.get(cause) ?? 0) + 1);
  const parts = [...tally.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([cause, k]) => `${k} ${cause === FULL && k > 1 ? cause.replace('complète', 'complètes') : cause}`);
  return `${preface}Aucune des ${W} semaines ne peut accueillir ce groupe : ${listFr(parts)}.`;
}
