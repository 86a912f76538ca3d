import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { allocatePlaces, conflict, type DiscoveryPriority } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../../service-context.ts';
import { assertActive, findDiscoveryProgram } from '../program-queries.ts';
import {
  activeColleges,
  NO_ENROLMENT_REASON,
  placesTaken,
  type QuotaSchool,
  quotaSchool,
} from './quota-queries.ts';

const { discoveryQuotas, auditLog } = tenantSchema;

export type QuotaLine = { school: QuotaSchool; quota: number; explanation: string; nominated: number };
export type QuotasView = {
  quotas: QuotaLine[];
  /** Σ of the quotas listed. */
  total: number;
  excluded: { school: QuotaSchool; reason: string }[];
  computedAt: string | null;
  notes?: string[];
};

/**
 * Shares the program's places between the tenant's active collèges, in proportion to their 3e
 * enrolment weighted by priority education (largest remainder), and stores the result with the
 * arithmetic of each share. A collège without enrolment gets nothing and is listed with why.
 */
export async function computeQuotas(input: {
  ctx: TenantServiceContext;
  programId: string;
}): Promise<QuotasView> {
  const { ctx } = input;
  return withTransaction(ctx.db, async (tx) => {
    const program = await findDiscoveryProgram(tx, input.programId);
    assertActive(program, 'les quotas ne peuvent plus être recalculés');
    const colleges = await activeColleges(tx);
    const counted = colleges.filter((s) => s.enrolment3e !== null);
    if (counted.length === 0) {
      throw conflict(
        colleges.length === 0
          ? 'Aucun collège actif dans l’annuaire : importez les établissements avant de calculer les quotas.'
          : 'Aucun collège n’a d’effectif de 3e renseigné : saisissez les effectifs avant de calculer les quotas.',
      );
    }
    const allocation = allocatePlaces({
      totalPlaces: program.totalPlaces,
      schools: counted.map((s) => ({
        id: s.id,
        name: s.name,
        enrolment3e: s.enrolment3e!,
        priority: (s.priorityEducation as DiscoveryPriority | null) ?? 'none',
      })),
      weights: program.priorityWeights as Record<DiscoveryPriority, number>,
      minimumPerSchool: program.minimumPerSchool,
    });
    const computedAt = ctx.now.toISOString();
    await tx.delete(discoveryQuotas).where(eq(discoveryQuotas.programId, program.id));
    await tx.insert(discoveryQuotas).values(
      allocation.quotas.map((q) => ({
        programId: program.id,
        schoolId: q.schoolId,
        quota: q.quota,
        explanation: q.explanation,
        computedAt,
      })),
    );
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'discovery_quotas.computed',
      entityType: 'discovery_program',
      entityId: program.id,
      requestId: ctx.requestId,
      data: {
        schools: counted.length,
        excluded: colleges.length - counted.length,
        allocated: allocation.allocated,
      },
      at: ctx.now,
    });
    const taken = await placesTaken(tx, program.id);
    const byId = new Map(counted.map((s) => [s.id, s]));
    const quotas = allocation.quotas.map((q) => ({
      school: quotaSchool(byId.get(q.schoolId)!),
      quota: q.quota,
      explanation: q.explanation,
      nominated: taken.get(q.schoolId) ?? 0,
    }));
    return {
      quotas,
      total: allocation.allocated,
      excluded: colleges
        .filter((s) => s.enrolment3e === null)
        .map((s) => ({ school: quotaSchool(s), reason: NO_ENROLMENT_REASON })),
      computedAt,
      notes: allocation.notes,
    };
  });
}
