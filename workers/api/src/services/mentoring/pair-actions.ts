import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { assertPairTransition, DomainError, type PairStatus, toIsoDate } from '@passerelle/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { assertMentorCanMentor, findPair } from './pair-queries.ts';

const { pairs, rejectedPairs, youngPeople, auditLog } = tenantSchema;

type Action = 'lock' | 'unlock' | 'reject' | 'accept' | 'introduce' | 'close';

/**
 * Moves a pair along its lifecycle. Coordinator actions (lock, reject, close) and the mentor's
 * (accept, introduce) share the rules: each is checked against the current state in the transaction.
 */
export async function actOnPair(input: {
  ctx: TenantServiceContext;
  pairId: string;
  action: Action;
  mentorIdentityId?: string;
  date?: string;
  close?: { outcome: 'completed' | 'stopped'; reason: string };
}) {
  const { ctx } = input;
  return withTransaction(ctx.db, async (tx) => {
    const { pair, mentor } = await findPair(tx, input.pairId, input.mentorIdentityId);
    const status = pair.status as PairStatus;
    const at = ctx.now.toISOString();
    const set = (values: Partial<typeof pairs.$inferInsert>) =>
      tx
        .update(pairs)
        .set({ ...values, updatedAt: at })
        .where(eq(pairs.id, pair.id));

    switch (input.action) {
      case 'lock':
      case 'unlock':
        if (status !== 'proposed')
          throw new DomainError({ code: 'CONFLICT', message: 'Seule une proposition se verrouille.' });
        await set({ locked: input.action === 'lock' });
        break;
      case 'reject':
        if (status !== 'proposed')
          throw new DomainError({ code: 'CONFLICT', message: 'Seule une proposition se rejette.' });
        await set({
          status: 'closed',
          closedAt: at,
          closeOutcome: 'rejected',
          closeReason: 'Proposition rejetée par la coordination',
          locked: false,
        });
        await tx
          .insert(rejectedPairs)
          .values({
            programId: pair.programId,
            mentorId: pair.mentorId,
            youngPersonId: pair.youngPersonId,
            rejectedBy: ctx.actorId,
          })
          .onConflictDoNothing();
        break;
      case 'accept': {
        assertPairTransition(status, 'accepted');
        assertMentorCanMentor(mentor, toIsoDate(ctx.now));
        const [young] = await tx.select().from(youngPeople).where(eq(youngPeople.id, pair.youngPersonId));
        if (young?.authorisation !== 'given')
          throw new DomainError({
            code: 'CONFLICT',
            message: 'L’autorisation du représentant légal n’est pas donnée.',
          });
        const load = await tx
          .select({ id: pairs.id })
          .from(pairs)
          .where(
            and(eq(pairs.mentorId, mentor.id), inArray(pairs.status, ['accepted', 'introduced', 'active'])),
          );
        if (load.length >= mentor.capacity)
          throw new DomainError({
            code: 'CONFLICT',
            message: `Ce mentor accompagne déjà ${load.length} jeune(s) : sa capacité est atteinte.`,
          });
        await set({ status: 'accepted', acceptedAt: at, locked: true });
        break;
      }
      case 'introduce':
        assertPairTransition(status, 'introduced');
        if (!input.date)
          throw new DomainError({
            code: 'VALIDATION',
            message: 'Indiquez la date de la première rencontre.',
            fields: { date: 'Date obligatoire.' },
          });
        await set({ status: 'introduced', introducedAt: input.date });
        break;
      case 'close':
        assertPairTransition(status, 'closed');
        await set({
          status: 'closed',
          closedAt: at,
          closeOutcome: input.close!.outcome,
          closeReason: input.close!.reason,
          locked: false,
        });
        break;
    }
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: `mentoring.pair.${input.action}`,
      entityType: 'pair',
      entityId: pair.id,
      requestId: ctx.requestId,
      at: ctx.now,
    });
    return { id: pair.id };
  });
}
