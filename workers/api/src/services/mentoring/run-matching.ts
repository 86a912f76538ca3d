import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import {
  COMMUNES as COMMUNE_COORDINATES,
  type CriterionWeights,
  matchMentors,
  newId,
  toIsoDate,
} from '@passerelle/domain';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { pairViewsOf } from './pair-view.ts';
import { findProgram } from './program-queries.ts';

const { mentors, youngPeople, pairs, rejectedPairs, matchRuns, auditLog } = tenantSchema;
/** Pairs that hold a mentor's place: everything but a closed pair or an unlocked proposal. */
const HOLDING = ['accepted', 'introduced', 'active'];

/**
 * Runs the matching engine over the program's pools. Unlocked proposals are replaced; locked ones
 * stay and keep their place; rejected pairs are never proposed again; young people already in a
 * living pair are left alone. The whole replacement is one transaction.
 */
export async function runMatching(input: {
  ctx: TenantServiceContext;
  programId: string;
  budgetMs?: number;
}) {
  const { ctx } = input;
  const program = await findProgram(ctx.db, input.programId);
  const today = toIsoDate(ctx.now);

  return withTransaction(ctx.db, async (tx) => {
    const mentorRows = await tx
      .select()
      .from(mentors)
      .where(and(eq(mentors.programId, program.id), eq(mentors.status, 'active')));
    const people = await tx
      .select()
      .from(youngPeople)
      .where(
        and(
          eq(youngPeople.programId, program.id),
          eq(youngPeople.status, 'active'),
          eq(youngPeople.eligible, true),
        ),
      );
    const existing = await tx
      .select()
      .from(pairs)
      .where(and(eq(pairs.programId, program.id), ne(pairs.status, 'closed')));
    const holdingIds = new Set(
      existing.filter((p) => HOLDING.includes(p.status)).map((p) => p.youngPersonId),
    );
    const pool = new Set(people.filter((p) => !holdingIds.has(p.id)).map((p) => p.id));
    const active = new Set(mentorRows.map((m) => m.id));
    // A locked proposal whose young person has since left the pool (paired elsewhere, ineligible)
    // or whose mentor is inactive is left as it is, outside the run.
    const locked = existing.filter(
      (p) => p.status === 'proposed' && p.locked && pool.has(p.youngPersonId) && active.has(p.mentorId),
    );
    const holding = existing.filter((p) => HOLDING.includes(p.status));
    const settled = new Set(holding.map((p) => p.youngPersonId));
    const rejected = await tx.select().from(rejectedPairs).where(eq(rejectedPairs.programId, program.id));

    const result = matchMentors({
      mentors: mentorRows.map((m) => ({
        id: m.id,
        jobFamily: m.jobFamily,
        skills: m.skills as string[],
        communeCode: m.communeCode,
        availability: m.availability as string[],
        capacity: m.capacity,
        currentLoad: holding.filter((p) => p.mentorId === m.id).length,
        languages: m.languages as string[],
        preferredLevels: m.preferredLevels as string[],
        honorabilityValidUntil: m.honorabilityVerified ? m.honorabilityExpiresOn : null,
        charterSigned: Boolean(m.charterSignedAt),
        managerApproval: m.managerApproval as 'not_needed' | 'pending' | 'approved' | 'refused',
      })),
      mentees: people
        .filter((p) => !settled.has(p.id))
        .map((p) => ({
          id: p.id,
          level: p.level,
          interests: p.interests as string[],
          communeCode: p.communeCode,
          availability: p.availability as string[],
          languages: p.languages as string[],
          authorisationGiven: p.authorisation === 'given',
        })),
      weights: program.weights as CriterionWeights,
      today,
      coordinates: COMMUNE_COORDINATES,
      ...(program.maxDistanceKm ? { maxDistanceKm: program.maxDistanceKm } : {}),
      locked: locked.map((p) => ({ mentorId: p.mentorId, menteeId: p.youngPersonId })),
      rejected: rejected.map((r) => ({ mentorId: r.mentorId, menteeId: r.youngPersonId })),
      budgetMs: input.budgetMs ?? 2_000,
      now: () => Date.now(),
    });

    const runId = newId('mrn');
    const at = ctx.now.toISOString();
    const unlocked = existing.filter((p) => p.status === 'proposed' && !p.locked).map((p) => p.id);
    if (unlocked.length) await tx.delete(pairs).where(inArray(pairs.id, unlocked));
    const proposalIds: string[] = [];
    for (const pair of result.pairs) {
      const keep = locked.find((p) => p.mentorId === pair.mentorId && p.youngPersonId === pair.menteeId);
      if (keep) {
        await tx
          .update(pairs)
          .set({ score: pair.score, breakdown: pair.breakdown, matchRunId: runId, updatedAt: at })
          .where(eq(pairs.id, keep.id));
        proposalIds.push(keep.id);
        continue;
      }
      const id = newId('pai');
      await tx.insert(pairs).values({
        id,
        programId: program.id,
        mentorId: pair.mentorId,
        youngPersonId: pair.menteeId,
        matchRunId: runId,
        status: 'proposed',
        score: pair.score,
        breakdown: pair.breakdown,
        proposedAt: at,
        updatedAt: at,
      });
      proposalIds.push(id);
    }
    const names = new Map(people.map((p) => [p.id, p.firstName]));
    const mentorNames = new Map(mentorRows.map((m) => [m.id, `${m.firstName} ${m.lastName}`]));
    const unmatchedYoungPeople = result.unmatchedMentees.map((u) => ({
      id: u.menteeId,
      firstName: names.get(u.menteeId) ?? '',
      reasons: u.reasons,
    }));
    const unmatchedMentors = result.unmatchedMentors.map((u) => ({
      id: u.mentorId,
      name: mentorNames.get(u.mentorId) ?? '',
      reasons: u.reasons,
    }));
    await tx.insert(matchRuns).values({
      id: runId,
      programId: program.id,
      method: result.method,
      timedOut: result.timedOut,
      elapsedMs: result.elapsedMs,
      totalScore: result.totalScore,
      proposals: proposalIds.length,
      unmatched: { youngPeople: unmatchedYoungPeople, mentors: unmatchedMentors },
      runBy: ctx.actorId,
    });
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'mentoring.match_run',
      entityType: 'mentoring_program',
      entityId: program.id,
      requestId: ctx.requestId,
      data: { run: runId, proposals: proposalIds.length, method: result.method },
      at: ctx.now,
    });
    return {
      run: {
        id: runId,
        method: result.method,
        timedOut: result.timedOut,
        elapsedMs: result.elapsedMs,
        totalScore: result.totalScore,
      },
      proposals: await pairViewsOf(tx, { ids: proposalIds }),
      unmatchedYoungPeople,
      unmatchedMentors,
    };
  });
}
