import type { TenantDb } from '@passerelle/db';
import type { SchoolReach } from '../../mentoring/young-people/young-person-access.ts';
import { findDiscoveryProgram } from '../program-queries.ts';
import type { QuotasView } from './compute-quotas.ts';
import {
  activeColleges,
  NO_ENROLMENT_REASON,
  placesTaken,
  quotaSchool,
  storedQuotas,
} from './quota-queries.ts';

/**
 * The quotas as last computed. The coordination sees every collège; a school referent only its
 * own school's line — its quota and the arithmetic behind it, not the other schools'.
 */
export async function readQuotas(input: {
  db: Pick<TenantDb, 'select'>;
  programId: string;
  reach: SchoolReach;
}): Promise<QuotasView> {
  const { db, reach } = input;
  const program = await findDiscoveryProgram(db, input.programId);
  const only = reach.kind === 'all' ? undefined : reach.schoolIds;
  const [rows, taken, colleges] = await Promise.all([
    storedQuotas(db, program.id, only),
    placesTaken(db, program.id),
    activeColleges(db),
  ]);
  const quotas = rows.map((r) => ({
    school: quotaSchool(r.school),
    quota: r.quota.quota,
    explanation: r.quota.explanation,
    nominated: taken.get(r.school.id) ?? 0,
  }));
  return {
    quotas,
    total: quotas.reduce((sum, q) => sum + q.quota, 0),
    excluded: colleges
      .filter((s) => s.enrolment3e === null && (!only || only.includes(s.id)))
      .map((s) => ({ school: quotaSchool(s), reason: NO_ENROLMENT_REASON })),
    computedAt: rows[0]?.quota.computedAt ?? null,
  };
}
