import { appendAudit, type TenantDb, tenantSchema, withTransaction } from '@passerelle/db';
import { conflict, type DebriefInput, DomainError, newId } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { findPair } from './pair-queries.ts';

const { debriefs, auditLog } = tenantSchema;

/**
 * Records a debrief answer, once per respondent and pair. A mentor answers for themself; the
 * coordinator records the young person's answers (collected with the school).
 */
export async function submitDebrief(input: {
  ctx: TenantServiceContext;
  pairId: string;
  data: DebriefInput;
  mentorIdentityId?: string;
}) {
  const { ctx, data } = input;
  if (input.mentorIdentityId && data.respondent !== 'mentor') {
    throw new DomainError({ code: 'FORBIDDEN', message: 'Un mentor ne répond qu’en son nom.' });
  }
  return withTransaction(ctx.db, async (tx) => {
    const { pair } = await findPair(tx, input.pairId, input.mentorIdentityId);
    if (pair.status === 'proposed') throw conflict('Ce binôme n’a pas encore commencé.');
    const [already] = await tx
      .select({ id: debriefs.id })
      .from(debriefs)
      .where(and(eq(debriefs.pairId, pair.id), eq(debriefs.respondent, data.respondent)));
    if (already) throw conflict('Ce bilan a déjà été rempli.');
    const { respondent, ...answers } = data;
    const id = newId('dbf');
    await tx
      .insert(debriefs)
      .values({ id, pairId: pair.id, respondent, answers, submittedAt: ctx.now.toISOString() });
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'mentoring.debrief',
      entityType: 'pair',
      entityId: pair.id,
      requestId: ctx.requestId,
      data: { respondent },
      at: ctx.now,
    });
    return { id };
  });
}

export async function listDebriefs(input: { db: TenantDb; pairId: string }) {
  const { pair } = await findPair(input.db, input.pairId);
  return (await input.db.select().from(debriefs).where(eq(debriefs.pairId, pair.id))).map((d) => ({
    respondent: d.respondent,
    answers: d.answers,
    submittedAt: d.submittedAt,
  }));
}
