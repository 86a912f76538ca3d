import { appendAudit, type TenantDb, tenantSchema, withTransaction } from '@passerelle/db';
import { type MentoringProgramInput, newId, notFound } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { findProgram } from './program-queries.ts';
import { programView } from './program-view.ts';

const { mentoringPrograms, organizations, auditLog } = tenantSchema;

async function operatorName(db: Pick<TenantDb, 'select'>, id: string | undefined | null) {
  if (!id) return null;
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.id, id), eq(organizations.kind, 'association')));
  if (!row) throw notFound('Association opératrice');
  return row.name;
}

export async function createProgram(input: { ctx: TenantServiceContext; data: MentoringProgramInput }) {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const operator = await operatorName(tx, data.operatorOrganizationId);
    const [row] = await tx
      .insert(mentoringPrograms)
      .values({
        id: newId('mpg'),
        name: data.name,
        audienceLevels: data.audienceLevels,
        eligibility: data.eligibility,
        season: data.season,
        durationMonths: data.durationMonths,
        defaultCapacity: data.defaultCapacity,
        weights: data.weights,
        maxDistanceKm: data.maxDistanceKm ?? null,
        operatorOrganizationId: data.operatorOrganizationId ?? null,
        agentHoursAllowance: data.agentHoursAllowance,
        noMeetingReminderWeeks: data.noMeetingReminderWeeks,
        updatedAt: ctx.now.toISOString(),
      })
      .returning();
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'mentoring_program.created',
      entityType: 'mentoring_program',
      entityId: row!.id,
      requestId: ctx.requestId,
      at: ctx.now,
    });
    return programView(row!, operator);
  });
}

export async function updateProgram(input: {
  ctx: TenantServiceContext;
  id: string;
  data: Partial<MentoringProgramInput> & { status?: 'active' | 'archived' | undefined };
}) {
  const { ctx } = input;
  return withTransaction(ctx.db, async (tx) => {
    await findProgram(tx, input.id);
    const changes = Object.fromEntries(Object.entries(input.data).filter(([, v]) => v !== undefined));
    const [row] = await tx
      .update(mentoringPrograms)
      .set({ ...changes, updatedAt: ctx.now.toISOString() })
      .where(eq(mentoringPrograms.id, input.id))
      .returning();
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'mentoring_program.updated',
      entityType: 'mentoring_program',
      entityId: input.id,
      requestId: ctx.requestId,
      data: { fields: Object.keys(changes) },
      at: ctx.now,
    });
    return programView(row!, await operatorName(tx, row!.operatorOrganizationId));
  });
}

export { operatorName };
