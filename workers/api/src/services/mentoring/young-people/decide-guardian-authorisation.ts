import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import type { GuardianAuthorisationInput } from '@passerelle/domain';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type * as z from 'zod/mini';
import type { PublicLinkContext } from '../mentors/mentoring-deps.ts';
import {
  assertOpen,
  findGuardianLink,
  type GuardianDecision,
  type GuardianRequest,
  guardianRequestView,
} from './guardian-links.ts';

const { guardianAuthorisations, youngPeople, auditLog } = tenantSchema;

type Authorisation = z.infer<typeof GuardianAuthorisationInput>;

/** The guardian authorises the mentoring, within the scope ticked; the link answers once. */
export function authoriseMentoring(input: { ctx: PublicLinkContext; token: string; data: Authorisation }) {
  return decide({ ...input, decision: 'given' });
}

/** The guardian refuses: the young person will not be paired. */
export function refuseMentoring(input: { ctx: PublicLinkContext; token: string }) {
  return decide({ ...input, decision: 'refused' });
}

async function decide(input: {
  ctx: PublicLinkContext;
  token: string;
  decision: GuardianDecision;
  data?: Authorisation;
}): Promise<GuardianRequest> {
  const { ctx, decision, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const found = await findGuardianLink(tx, input.token);
    assertOpen(found, ctx.now);
    const at = ctx.now.toISOString();
    await tx
      .update(guardianAuthorisations)
      .set({
        guardianName: data?.guardianName ?? null,
        relationship: data?.relationship ?? null,
        scope: data?.scope ?? null,
        decision,
        decidedAt: at,
        ip: ctx.client.ip,
        userAgent: ctx.client.userAgent,
      })
      .where(eq(guardianAuthorisations.id, found.link.id));
    // Any other link still open for this young person (an earlier mail) is answered by this one.
    await tx
      .update(guardianAuthorisations)
      .set({ decision: 'superseded', decidedAt: at })
      .where(
        and(
          eq(guardianAuthorisations.youngPersonId, found.youngPersonId),
          isNull(guardianAuthorisations.decision),
          ne(guardianAuthorisations.id, found.link.id),
        ),
      );
    await tx
      .update(youngPeople)
      .set({ authorisation: decision, updatedAt: at })
      .where(eq(youngPeople.id, found.youngPersonId));
    // The trail is append-only and cannot be erased: it keeps no name, only what was decided.
    await appendAudit(tx, auditLog, {
      actorId: null,
      action:
        decision === 'given' ? 'young_person.authorisation_given' : 'young_person.authorisation_refused',
      entityType: 'young_person',
      entityId: found.youngPersonId,
      requestId: ctx.requestId,
      data: { authorisationId: found.link.id, via: 'guardian_link', ...(data ? { scope: data.scope } : {}) },
      at: ctx.now,
    });
    return guardianRequestView({ ...found, link: { ...found.link, decision } }, ctx.tenant.name);
  });
}
