import { appendAudit, type TenantDb, tenantSchema, withTransaction } from '@passerelle/db';
import {
  buildLedger,
  type CommitmentType,
  conventionYears,
  DomainError,
  newId,
  overallFulfilment,
  yearOf,
} from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { commitmentsOf, findConvention } from './convention-queries.ts';

const { commitmentDeliveries, mentors, auditLog } = tenantSchema;

/** Promised vs delivered, year by year, from every delivery recorded (by hand or by an action held). */
export async function getLedger(input: {
  db: Pick<TenantDb, 'select'>;
  conventionId: string;
  visibleTo?: readonly string[];
}) {
  const convention = await findConvention(input.db, input.conventionId, input.visibleTo);
  const years = conventionYears(convention);
  const commitments = (await commitmentsOf(input.db, convention.id)).map((c) => ({
    type: c.type as CommitmentType,
    quantityPerYear: c.quantityPerYear,
  }));
  const deliveries = await input.db
    .select()
    .from(commitmentDeliveries)
    .where(eq(commitmentDeliveries.conventionId, convention.id));
  // Mentors the partner named under this convention count by themselves, in the year they joined.
  const named = await input.db
    .select({ createdAt: mentors.createdAt })
    .from(mentors)
    .where(and(eq(mentors.conventionId, convention.id), eq(mentors.status, 'active')));
  const rows = buildLedger({
    years,
    commitments,
    deliveries: [
      ...deliveries.map((d) => ({ type: d.type as CommitmentType, year: d.yearIndex, quantity: d.quantity })),
      ...named.flatMap((m) => {
        const year = yearOf(years, m.createdAt.slice(0, 10));
        return year ? [{ type: 'volunteer_mentors' as const, year, quantity: 1 }] : [];
      }),
    ],
  });
  return { years, rows, fulfilment: overallFulfilment(rows) };
}

/** A hand entry, until the capability that creates the record exists (e.g. mentors named). */
export async function addDelivery(input: {
  ctx: TenantServiceContext;
  conventionId: string;
  data: { type: CommitmentType; year: number; quantity: number; note?: string | undefined };
}) {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const convention = await findConvention(tx, input.conventionId);
    if (!['active', 'expired', 'terminated'].includes(convention.status)) {
      throw new DomainError({
        code: 'CONFLICT',
        message: 'Les réalisations se saisissent sur une convention signée.',
      });
    }
    const years = conventionYears(convention);
    if (data.year > years.length) {
      throw new DomainError({
        code: 'VALIDATION',
        message: 'Année hors de la convention.',
        fields: { year: `La convention compte ${years.length} année(s).` },
      });
    }
    const commitments = await commitmentsOf(tx, convention.id);
    if (!commitments.some((c) => c.type === data.type)) {
      throw new DomainError({
        code: 'VALIDATION',
        message: 'Engagement absent de la convention.',
        fields: { type: 'Cette convention ne prévoit pas cet engagement.' },
      });
    }
    const id = newId('dlv');
    await tx.insert(commitmentDeliveries).values({
      id,
      conventionId: convention.id,
      type: data.type,
      yearIndex: data.year,
      quantity: data.quantity,
      note: data.note || null,
      source: 'manual',
      sourceId: id,
      createdBy: ctx.actorId,
    });
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'convention.delivery_recorded',
      entityType: 'convention',
      entityId: convention.id,
      requestId: ctx.requestId,
      data: { type: data.type, year: data.year, quantity: data.quantity },
      at: ctx.now,
    });
    return { id };
  });
}
