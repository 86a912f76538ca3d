import { type TenantDb, tenantSchema } from '@passerelle/db';
import { DomainError } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { expiresAfterDays, linkExpired, newLinkToken, tokenHashOf } from './link-tokens.ts';
import type { PublicLinkContext } from './mentoring-deps.ts';

const { approvalLinks, mentors, mentoringPrograms } = tenantSchema;

export const APPROVAL_LINK_DAYS = 14;

/** A single-use link for the agent's manager; only the token's hash is stored. */
export async function issueApprovalLink(
  tx: Pick<TenantDb, 'insert'>,
  input: { mentorId: string; now: Date },
): Promise<string> {
  const token = newLinkToken();
  await tx.insert(approvalLinks).values({
    tokenHash: (await tokenHashOf(token))!,
    mentorId: input.mentorId,
    expiresAt: expiresAfterDays(input.now, APPROVAL_LINK_DAYS),
    createdAt: input.now.toISOString(),
  });
  return token;
}

/**
 * The link behind a token with the mentor and program it is about. Unknown → 404; used or past its
 * date → 409 saying what to do, so the manager is never left with a blank page.
 */
export async function resolveApprovalLink(db: Pick<TenantDb, 'select'>, token: string, now: Date) {
  const hash = await tokenHashOf(token);
  const [found] = hash
    ? await db
        .select({ link: approvalLinks, mentor: mentors, programName: mentoringPrograms.name })
        .from(approvalLinks)
        .innerJoin(mentors, eq(mentors.id, approvalLinks.mentorId))
        .innerJoin(mentoringPrograms, eq(mentoringPrograms.id, mentors.programId))
        .where(eq(approvalLinks.tokenHash, hash))
    : [];
  if (!found) throw new DomainError({ code: 'NOT_FOUND', message: 'Ce lien d’accord n’existe pas.' });
  if (found.link.usedAt) {
    throw new DomainError({
      code: 'CONFLICT',
      message:
        'Ce lien a déjà servi : votre réponse est enregistrée. Pour la changer, contactez la collectivité.',
    });
  }
  if (found.link.expiresAt <= now.toISOString()) throw linkExpired('Ce lien d’accord');
  return found;
}

export type ApprovalRequest = {
  mentorName: string;
  programName: string;
  tenantName: string;
  hoursAllowance: number;
};

/** What the manager is asked to agree to: who, in which program, for how many hours a year. */
export function approvalRequestView(
  found: Awaited<ReturnType<typeof resolveApprovalLink>>,
  tenantName: string,
): ApprovalRequest {
  return {
    mentorName: `${found.mentor.firstName} ${found.mentor.lastName}`,
    programName: found.programName,
    tenantName,
    hoursAllowance: found.mentor.hoursAllowance,
  };
}

export async function openApprovalLink(ctx: PublicLinkContext, token: string): Promise<ApprovalRequest> {
  return approvalRequestView(await resolveApprovalLink(ctx.db, token, ctx.now), ctx.tenant.name);
}
