import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { PublicLinkContext } from '../../mentoring/mentors/mentoring-deps.ts';
import type { DiscoveryAuthorisationInput } from '../discovery-inputs.ts';
import {
  type AuthorisationRequest,
  assertAuthorisationOpen,
  authorisationRequestView,
  type DiscoveryDecision,
  findAuthorisationLink,
} from './authorisation-links.ts';

const { discoveryAuthorisations, discoveryStudents, auditLog } = tenantSchema;

/** The guardian authorises the discovery week; the link answers once. */
export function authoriseDiscovery(input: {
  ctx: PublicLinkContext;
  token: string;
  data: DiscoveryAuthorisationInput;
}) {
  return decide({ ...input, decision: 'given' });
}

/** The guardian refuses: the pupil is not grouped, and the school's place is freed. */
export function refuseDiscovery(input: { ctx: PublicLinkContext; token: string }) {
  return decide({ ...input, decision: 'refused' });
}

async function decide(input: {
  ctx: PublicLinkContext;
  token: string;
  decision: DiscoveryDecision;
  data?: DiscoveryAuthorisationInput;
}): Promise<AuthorisationRequest> {
  const { ctx, decision, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const found = await findAuthorisationLink(tx, input.token);
    assertAuthorisationOpen(found, ctx.now);
    const at = ctx.now.toISOString();
    await tx
      .update(discoveryAuthorisations)
      .set({
        guardianName: data?.guardianName ?? null,
        relationship: data?.relationship ?? null,
        decision,
        decidedAt: at,
        ip: ctx.client.ip,
        userAgent: ctx.client.userAgent,
      })
      .where(eq(discoveryAuthorisations.id, found.link.id));
    // Any other link still open for this pupil (an earlier mail) is answered by this one.
    await tx
      .update(discoveryAuthorisations)
      .set({ decision: 'superseded', decidedAt: at })
      .where(
        and(
          eq(discoveryAuthorisations.studentId, found.studentId),
          isNull(discoveryAuthorisations.decision),
          ne(discoveryAuthorisations.id, found.link.id),
        ),
      );
    await tx
      .update(discoveryStudents)
      .set({ authorisation: decision })
      .where(eq(discoveryStudents.id, found.studentId));
    // The trail is append-only and cannot be erased: it keeps no name, only what was decided.
    await appendAudit(tx, auditLog, {
      actorId: null,
      action:
        decision === 'given'
          ? 'discovery_student.authorisation_given'
          : 'discovery_student.authorisation_refused',
      entityType: 'discovery_student',
      entityId: found.studentId,
      requestId: ctx.requestId,
      data: { authorisationId: found.link.id, via: 'guardian_link' },
      at: ctx.now,
    });
    return authorisationRequestView({ ...found, link: { ...found.link, decision } }, ctx.tenant.name);
  });
}
