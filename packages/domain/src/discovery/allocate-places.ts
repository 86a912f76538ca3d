import * as z from 'zod/mini';
import { PRIORITY_EDUCATION } from '../organizations/organization.ts';
import { parseInput, trimmed } from '../shared/validation.ts';
import { countOf, frenchDecimal } from './french-format.ts';

export type DiscoveryPriority = (typeof PRIORITY_EDUCATION)[number];

export const DEFAULT_PRIORITY_WEIGHTS: Record<DiscoveryPriority, number> = {
  'REP+': 1.5,
  REP: 1.25,
  none: 1,
};

// Weights are kept to three decimals so every share is an exact integer ratio: ties between
// remainders are real ties, not rounding noise, and the tie-break decides them.
const WEIGHT_SCALE = 1000;

const weight = (label: string) =>
  z.number(`Poids ${label} : indiquez un nombre.`).check(
    z.gt(0, `Poids ${label} : il doit être positif.`),
    z.lte(10, `Poids ${label} : au plus 10.`),
    z.refine(
      (v) => Math.abs(v * WEIGHT_SCALE - Math.round(v * WEIGHT_SCALE)) < 1e-9,
      `Poids ${label} : au plus trois décimales.`,
    ),
  );

export const AllocationSchool = z.object({
  id: trimmed('L’identifiant du collège', 100),
  name: trimmed('Le nom du collège', 200),
  enrolment3e: z
    .number('Effectif de 3e : indiquez un nombre.')
    .check(
      z.int('Effectif de 3e : nombre entier.'),
      z.gte(0, 'Un effectif ne peut pas être négatif.'),
      z.lte(100_000, 'Effectif de 3e : au plus 100 000.'),
    ),
  priority: z.enum(PRIORITY_EDUCATION, 'Éducation prioritaire : REP+, REP ou none.'),
});
export type AllocationSchool = z.infer<typeof AllocationSchool>;

export const AllocationInput = z.object({
  totalPlaces: z
    .number('Nombre de places : indiquez un nombre.')
    .check(
      z.int('Nombre de places : nombre entier.'),
      z.gte(0, 'Le nombre de places ne peut pas être négatif.'),
      z.lte(1_000_000, 'Au plus 1 000 000 places.'),
    ),
  schools: z.array(AllocationSchool).check(
    z.minLength(1, 'Indiquez au moins un collège.'),
    z.maxLength(5000, 'Au plus 5 000 collèges.'),
    z.refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'Un collège figure deux fois.'),
  ),
  weights: z._default(
    z.object({ 'REP+': weight('REP+'), REP: weight('REP'), none: weight('hors éducation prioritaire') }),
    () => ({ ...DEFAULT_PRIORITY_WEIGHTS }),
  ),
  minimumPerSchool: z.optional(
    z
      .number('Minimum par collège : indiquez un nombre.')
      .check(
        z.int('Minimum par collège : nombre entier.'),
        z.gte(0, 'Le minimum ne peut pas être négatif.'),
        z.lte(1000, 'Minimum par collège : au plus 1 000.'),
      ),
  ),
});
export type AllocationInput = z.infer<typeof AllocationInput>;

export type PlaceQuota = {
  schoolId: string;
  quota: number;
  /** Enrolment × priority weight: the school's "parts". */
  weightedShare: number;
  /** Places before rounding (minimum included). */
  exactShare: number;
  /** Fractional part of the proportional share, the one the largest-remainder step compares. */
  remainder: number;
  minimum: number;
  /** True when the school got one place per pupil and no more, its share being larger. */
  capped: boolean;
  explanation: string;
};

export type PlaceAllocation = {
  quotas: PlaceQuota[];
  /** Σ enrolment × weight over all schools. */
  totalWeighted: number;
  totalPlaces: number;
  /** Σ quotas: `totalPlaces`, or Σ enrolment when there are fewer pupils than places. */
  allocated: number;
  /** Whole-allocation facts in French (fewer pupils than places, minimum lowered, ties). */
  notes: string[];
};

const PRIORITY_LABEL: Record<DiscoveryPriority, string> = {
  'REP+': 'REP+',
  REP: 'REP',
  none: 'hors éducation prioritaire',
};

type Row = {
  school: AllocationSchool;
  units: number; // enrolment × weight × WEIGHT_SCALE, an exact integer
  minimum: number;
  extra: number;
  capped: boolean;
  numerator: number; // rest × units of the round that settled the school
  denominator: number; // Σ units of that round
  rest: number; // places shared in that round
  floor: number;
  remainderUnits: number;
  bonus: boolean;
};

/**
 * Shares `totalPlaces` between schools in proportion to their 3e enrolment weighted by priority
 * education (Hamilton's largest-remainder method): each school gets the whole part of its share,
 * then the places left go to the largest remainders (ties: larger weighted enrolment, then id).
 * A minimum, when asked, is given first and the rest shared proportionally. No school gets more
 * places than it has pupils; a school whose share says otherwise is capped and the others share
 * what it leaves. Quotas always add up to `totalPlaces`, or to the pupils when there are fewer.
 */
export function allocatePlaces(raw: z.input<typeof AllocationInput>): PlaceAllocation {
  const input = parseInput(AllocationInput, raw);
  const { totalPlaces, weights } = input;
  const weightOf = (s: AllocationSchool) => weights[s.priority];
  const totalWeighted = input.schools.reduce((sum, s) => sum + s.enrolment3e * weightOf(s), 0);
  const pupils = input.schools.reduce((sum, s) => sum + s.enrolment3e, 0);
  const notes: string[] = [];
  const parts = (s: AllocationSchool) =>
    `${countOf(s.enrolment3e, 'élève', 'élèves')} de 3e × ${frenchDecimal(weightOf(s), 3)} (${PRIORITY_LABEL[s.priority]}) = ${frenchDecimal(s.enrolment3e * weightOf(s))} parts`;

  if (totalPlaces >= pupils) {
    if (totalPlaces > pupils)
      notes.push(
        `Moins d’élèves de 3e (${frenchDecimal(pupils, 0)}) que de places (${frenchDecimal(totalPlaces, 0)}) : chaque collège reçoit une place par élève et ${countOf(totalPlaces - pupils, 'place reste libre', 'places restent libres')}.`,
      );
    return {
      quotas: input.schools.map((s) => ({
        schoolId: s.id,
        quota: s.enrolment3e,
        weightedShare: s.enrolment3e * weightOf(s),
        exactShare: s.enrolment3e,
        remainder: 0,
        minimum: 0,
        capped: s.enrolment3e > 0,
        explanation:
          s.enrolment3e === 0
            ? 'Aucun élève de 3e déclaré : 0 place.'
            : `${countOf(s.enrolment3e, 'élève', 'élèves')} de 3e et assez de places pour tous : ${countOf(s.enrolment3e, 'place', 'places')}, une par élève.`,
      })),
      totalWeighted,
      totalPlaces,
      allocated: pupils,
      notes,
    };
  }

  const rows: Row[] = input.schools.map((school) => ({
    school,
    units: school.enrolment3e * Math.round(weightOf(school) * WEIGHT_SCALE),
    minimum: 0,
    extra: 0,
    capped: false,
    numerator: 0,
    denominator: 0,
    rest: 0,
    floor: 0,
    remainderUnits: 0,
    bonus: false,
  }));

  const asked = input.minimumPerSchool ?? 0;
  const minimum = lowerMinimum(rows, asked, totalPlaces);
  if (minimum < asked) {
    const served = rows.filter((r) => r.school.enrolment3e > 0).length;
    notes.push(
      `Minimum de ${countOf(asked, 'place', 'places')} par collège impossible : ${frenchDecimal(served, 0)} collèges avec des élèves de 3e pour ${countOf(totalPlaces, 'place', 'places')}. Minimum ramené à ${frenchDecimal(minimum, 0)}.`,
    );
  }
  for (const row of rows) row.minimum = Math.min(minimum, row.school.enrolment3e);
  let rest = totalPlaces - rows.reduce((sum, r) => sum + r.minimum, 0);

  // Capping a school hands its surplus to the others, which may push another over: repeat.
  let active = rows.filter((r) => r.units > 0 && r.school.enrolment3e > r.minimum);
  let denominator = 0;
  for (;;) {
    denominator = active.reduce((sum, r) => sum + r.units, 0);
    const over = active.filter(
      (r) => rest * r.units >= (r.school.enrolment3e - r.minimum) * denominator && denominator > 0,
    );
    if (over.length === 0) break;
    for (const r of over) {
      r.capped = true;
      r.extra = r.school.enrolment3e - r.minimum;
      r.numerator = rest * r.units;
      r.denominator = denominator;
      r.rest = rest;
    }
    for (const r of over) {
      rest -= r.extra;
    }
    active = active.filter((r) => !r.capped);
  }
  for (const r of active) {
    r.numerator = rest * r.units;
    r.denominator = denominator;
    r.rest = rest;
    let floor = Math.floor(r.numerator / denominator);
    // The float division can land one off near an integer; the integer remainder cannot.
    if (r.numerator - floor * denominator < 0) floor -= 1;
    if (r.numerator - floor * denominator >= denominator) floor += 1;
    r.floor = floor;
    r.extra = floor;
    r.remainderUnits = r.numerator - floor * denominator;
  }
  const byRemainder = [...active].sort(
    (a, b) =>
      b.remainderUnits - a.remainderUnits ||
      b.units - a.units ||
      (a.school.id < b.school.id ? -1 : a.school.id > b.school.id ? 1 : 0),
  );
  const leftover = rest - active.reduce((sum, r) => sum + r.floor, 0);
  for (const r of byRemainder.slice(0, leftover)) {
    r.extra += 1;
    r.bonus = true;
  }
  const boundary = byRemainder[leftover - 1];
  const firstOut = byRemainder[leftover];
  if (boundary && firstOut && boundary.remainderUnits === firstOut.remainderUnits)
    notes.push(
      `Restes égaux entre ${firstOut.school.name} et ${boundary.school.name} : la dernière place va à l’effectif pondéré le plus grand, puis à l’identifiant le plus petit.`,
    );

  const quotas = rows.map((r): PlaceQuota => {
    const s = r.school;
    const proportional = r.denominator > 0 ? r.numerator / r.denominator : 0;
    const share = r.minimum + proportional;
    const scaledTotal = r.denominator / WEIGHT_SCALE;
    const quota = r.minimum + r.extra;
    const base = {
      schoolId: s.id,
      quota,
      weightedShare: s.enrolment3e * weightOf(s),
      exactShare: share,
      remainder: r.capped ? 0 : proportional - r.floor,
      minimum: r.minimum,
      capped: r.capped,
    };
    if (s.enrolment3e === 0) return { ...base, explanation: 'Aucun élève de 3e déclaré : 0 place.' };
    const prefix = r.minimum > 0 ? `${countOf(r.minimum, 'place', 'places')} au minimum, puis ` : '';
    const restLabel = r.rest === totalPlaces ? 'places' : `des ${frenchDecimal(r.rest, 0)} places restantes`;
    const over = scaledTotal === totalWeighted ? '' : ' (hors collèges déjà servis)';
    const ratio = `${parts(s)} sur ${frenchDecimal(scaledTotal)}${over} → ${frenchDecimal(proportional, 2, true)} ${restLabel}`;
    const suffix = r.minimum > 0 ? ` = ${countOf(quota, 'place', 'places')}` : '';
    if (r.minimum === s.enrolment3e)
      return {
        ...base,
        explanation: `${countOf(r.minimum, 'place', 'places')} au minimum : autant que d’élèves de 3e.`,
      };
    if (r.rest === 0) return { ...base, explanation: `${prefix}plus aucune place à partager${suffix}.` };
    if (r.capped)
      return {
        ...base,
        explanation: `${prefix}${ratio}, plafonné à ${frenchDecimal(r.extra, 0)} : pas plus de places que d’élèves de 3e${suffix}.`,
      };
    const rounding = r.bonus
      ? `${frenchDecimal(r.floor, 0)} + 1 au plus fort reste`
      : `${frenchDecimal(r.floor, 0)}, reste de ${frenchDecimal(proportional - r.floor, 2, true)} trop faible pour une place de plus`;
    return { ...base, explanation: `${prefix}${ratio} : ${rounding}${suffix}.` };
  });

  return { quotas, totalWeighted, totalPlaces, allocated: totalPlaces, notes };
}

/** The largest minimum, up to the one asked, that the places can give every school. */
function lowerMinimum(rows: readonly Row[], asked: number, places: number): number {
  const needed = (m: number) => rows.reduce((sum, r) => sum + Math.min(m, r.school.enrolment3e), 0);
  let m = asked;
  while (m > 0 && needed(m) > places) m -= 1;
  return m;
}
