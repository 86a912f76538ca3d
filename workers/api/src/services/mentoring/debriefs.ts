import { appendAudit, type TenantDb, tenantSchema, withTransaction } from '@passerelle/db';
import {
  alreadyAnswered,
  assertCanDebrief,
  type DebriefInput,
  DomainError,
  newId,
  readExtraAnswers,
  validateExtraAnswers,
} from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import { programExtraQuestions } from '../replication/extra-questions.ts';
import type { TenantServiceContext } from '../service-context.ts';
import { findPair } from './pair-queries.ts';

const { debriefs, auditLog } = tenantSchema;

/**
 * Records a debrief answer, once per respondent and pair: a second one is refused (409), never
 * merged, so the figures the program reports stay the answers people gave. The mentor answers for
 * themself only; the coordinator records the young person's (a paper questionnaire filled with the
 * school), never the mentor's.
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
    const { pair, mentor } = await findPair(tx, input.pairId, input.mentorIdentityId);
    if (data.respondent === 'mentor' && mentor.identityId !== ctx.actorId) {
      throw new DomainError({
        code: 'FORBIDDEN',
        message:
          'Seul le mentor du binôme répond à son bilan ; la coordination saisit les réponses du jeune.',
        fields: { respondent: 'Le mentor répond lui-même.' },
      });
    }
    assertCanDebrief(pair);
    const [already] = await tx
      .select({ id: debriefs.id })
      .from(debriefs)
      .where(and(eq(debriefs.pairId, pair.id), eq(debriefs.respondent, data.respondent)));
    if (already) throw alreadyAnswered(data.respondent);
    // The template's own questions, checked before anything is written: a bad answer writes nothing.
    const questions = await programExtraQuestions(tx, 'mentoring', pair.programId);
    const { respondent, extraAnswers: given, ...answers } = data;
    const extraAnswers = validateExtraAnswers(questions, given ?? null);
    const id = newId('dbf');
    const submittedAt = ctx.now.toISOString();
    try {
      await tx
        .insert(debriefs)
        .values({ id, pairId: pair.id, respondent, answers, extraAnswers, submittedAt });
    } catch (error) {
      // Two instances answering at the same instant: the unique index keeps one, the other is told.
      if (isUniqueViolation(error)) {
        throw alreadyAnswered(respondent);
      }
      throw error;
    }
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'mentoring.debrief',
      entityType: 'pair',
      entityId: pair.id,
      requestId: ctx.requestId,
      data: { respondent },
      at: ctx.now,
    });
    return { id, respondent, ...answers, extraAnswers, submittedAt };
  });
}

function isUniqueViolation(error: unknown): boolean {
  const messages = [error, (error as { cause?: unknown })?.cause].map((e) =>
    String((e as Error)?.message ?? e),
  );
  return messages.some((m) => /UNIQUE constraint failed/i.test(m));
}

/** A pair's answers, each with its extra answers as asked, and the questions the program asks now. */
export async function listDebriefs(input: { db: TenantDb; pairId: string }) {
  const { pair } = await findPair(input.db, input.pairId);
  const extraQuestions = await programExtraQuestions(input.db, 'mentoring', pair.programId);
  const items = (await input.db.select().from(debriefs).where(eq(debriefs.pairId, pair.id))).map((d) => ({
    respondent: d.respondent,
    answers: d.answers,
    extraAnswers: readExtraAnswers(d.extraAnswers),
    submittedAt: d.submittedAt,
  }));
  return { extraQuestions, items };
}
