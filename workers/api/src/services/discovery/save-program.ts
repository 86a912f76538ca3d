import { appendAudit, type TenantDb, tenantSchema, withTransaction } from '@passerelle/db';
import { conflict, formatFrenchDate, newId } from '@passerelle/domain';
import { and, count, eq, inArray, isNotNull } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import type { DiscoveryProgramInput, DiscoveryProgramUpdate } from './discovery-inputs.ts';
import { findDiscoveryProgram, weeksOf } from './program-queries.ts';
import { type DiscoveryProgramView, discoveryProgramView } from './program-view.ts';

const { discoveryPrograms, discoveryWeeks, discoveryGroups, discoveryPlanDays, auditLog } = tenantSchema;

/** A Pass'3e program: places to share, weights, the week's layout and its weeks of hosting. */
export async function createDiscoveryProgram(input: {
  ctx: TenantServiceContext;
  data: DiscoveryProgramInput;
}): Promise<DiscoveryProgramView> {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const id = newId('dpg', ctx.now.getTime());
    await tx.insert(discoveryPrograms).values({
      id,
      name: data.name,
      season: data.season,
      totalPlaces: data.totalPlaces,
      priorityWeights: data.priorityWeights,
      minimumPerSchool: data.minimumPerSchool,
      groupSize: data.groupSize,
      layout: data.layout,
      updatedAt: ctx.now.toISOString(),
    });
    await insertWeeks(tx, id, data.weeks, ctx.now);
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'discovery_program.created',
      entityType: 'discovery_program',
      entityId: id,
      requestId: ctx.requestId,
      data: { totalPlaces: data.totalPlaces, weeks: data.weeks.length },
      at: ctx.now,
    });
    return discoveryProgramView(await findDiscoveryProgram(tx, id), await weeksOf(tx, id));
  });
}

/**
 * A partial change. `weeks` is the whole list: a week left out goes away unless groups are
 * planned on it; the layout is frozen once a plan exists (booklet pages are keyed by day).
 */
export async function updateDiscoveryProgram(input: {
  ctx: TenantServiceContext;
  id: string;
  data: DiscoveryProgramUpdate;
}): Promise<DiscoveryProgramView> {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const program = await findDiscoveryProgram(tx, input.id);
    if (data.layout && JSON.stringify(data.layout) !== JSON.stringify(program.layout)) {
      if (await hasPlan(tx, program.id)) {
        throw conflict('Le planning est fait : la semaine type ne peut plus changer.', {
          layout: 'Le planning est fait.',
        });
      }
    }
    if (data.weeks) await replaceWeeks(tx, program.id, data.weeks, ctx.now);
    const { weeks: _weeks, ...fields } = data;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    await tx
      .update(discoveryPrograms)
      .set({ ...changes, updatedAt: ctx.now.toISOString() })
      .where(eq(discoveryPrograms.id, program.id));
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'discovery_program.updated',
      entityType: 'discovery_program',
      entityId: program.id,
      requestId: ctx.requestId,
      data: { fields: Object.keys(data).filter((k) => data[k as keyof typeof data] !== undefined) },
      at: ctx.now,
    });
    return discoveryProgramView(await findDiscoveryProgram(tx, program.id), await weeksOf(tx, program.id));
  });
}

async function insertWeeks(tx: Pick<TenantDb, 'insert'>, programId: string, starts: string[], now: Date) {
  if (starts.length === 0) return;
  await tx
    .insert(discoveryWeeks)
    .values(starts.map((startDate) => ({ id: newId('dwk', now.getTime()), programId, startDate })));
}

async function replaceWeeks(
  tx: Pick<TenantDb, 'select' | 'insert' | 'delete'>,
  programId: string,
  starts: string[],
  now: Date,
) {
  const current = await weeksOf(tx, programId);
  const removed = current.filter((w) => !starts.includes(w.startDate));
  if (removed.length > 0) {
    const [busy] = await tx
      .select({ weekId: discoveryGroups.weekId })
      .from(discoveryGroups)
      .where(
        inArray(
          discoveryGroups.weekId,
          removed.map((w) => w.id),
        ),
      )
      .limit(1);
    if (busy) {
      const week = removed.find((w) => w.id === busy.weekId)!;
      throw conflict(
        `Des groupes sont planifiés la semaine du ${formatFrenchDate(week.startDate)} : elle ne peut pas être retirée.`,
        { weeks: 'Une semaine retirée a des groupes planifiés.' },
      );
    }
    await tx.delete(discoveryWeeks).where(
      inArray(
        discoveryWeeks.id,
        removed.map((w) => w.id),
      ),
    );
  }
  const known = new Set(current.map((w) => w.startDate));
  await insertWeeks(
    tx,
    programId,
    starts.filter((s) => !known.has(s)),
    now,
  );
}

/** Whether any group of the program has its week planned. */
export async function hasPlan(db: Pick<TenantDb, 'select'>, programId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(discoveryPlanDays)
    .innerJoin(discoveryGroups, eq(discoveryGroups.id, discoveryPlanDays.groupId))
    .where(and(eq(discoveryGroups.programId, programId), isNotNull(discoveryGroups.weekId)));
  return (row?.n ?? 0) > 0;
}
