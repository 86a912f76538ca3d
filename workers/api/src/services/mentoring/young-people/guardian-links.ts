import { type TenantDb, tenantSchema } from '@passerelle/db';
import { DomainError, GUARDIAN_SCOPES, newId } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { expiresAfterDays, linkExpired, newLinkToken, tokenHashOf } from '../mentors/link-tokens.ts';
import type { PublicLinkContext } from '../mentors/mentoring-deps.ts';

const { guardianAuthorisations, youngPeople, mentoringPrograms, organizations } = tenantSchema;

export const GUARDIAN_LINK_DAYS = 30;

export type GuardianDecision = 'given' | 'refused';

/** A link for the young person's guardian to authorise (or refuse) the mentoring; hash stored only. */
export async function issueGuardianLink(
  tx: Pick<TenantDb, 'insert'>,
  input: { youngPersonId: string; now: Date },
): Promise<string> {
  const token = newLinkToken();
  await tx.insert(guardianAuthorisations).values({
    id: newId('gau', input.now.getTime()),
    youngPersonId: input.youngPersonId,
    tokenHash: (await tokenHashOf(token))!,
    expiresAt: expiresAfterDays(input.now, GUARDIAN_LINK_DAYS),
    createdAt: input.now.toISOString(),
  });
  return token;
}

/** The authorisation behind a token, with what the guardian is told about. Unknown → 404. */
export async function findGuardianLink(db: Pick<TenantDb, 'select'>, token: string) {
  const hash = await tokenHashOf(token);
  const [found] = hash
    ? await db
        .select({
          link: guardianAuthorisations,
          youngPersonId: youngPeople.id,
          firstName: youngPeople.firstName,
          programName: mentoringPrograms.name,
          schoolName: organizations.name,
        })
        .from(guardianAuthorisations)
        .innerJoin(youngPeople, eq(youngPeople.id, guardianAuthorisations.youngPersonId))
        .innerJoin(mentoringPrograms, eq(mentoringPrograms.id, youngPeople.programId))
        .innerJoin(organizations, eq(organizations.id, youngPeople.schoolId))
        .where(eq(guardianAuthorisations.tokenHash, hash))
    : [];
  if (!found) throw new DomainError({ code: 'NOT_FOUND', message: 'Ce lien d’autorisation n’existe pas.' });
  return found;
}
type GuardianLinkRead = Awaited<ReturnType<typeof findGuardianLink>>;

/** An undecided link past its date can no longer be answered. */
export function assertOpen(found: GuardianLinkRead, now: Date) {
  if (found.link.decision) {
    throw new DomainError({
      code: 'CONFLICT',
      message:
        found.link.decision === 'given'
          ? 'Vous avez déjà donné votre autorisation par ce lien. Pour la retirer, contactez l’établissement.'
          : found.link.decision === 'superseded'
            ? 'Une réponse a déjà été donnée par un autre lien. Pour la changer, contactez l’établissement.'
            : 'Vous avez déjà refusé par ce lien. Si vous changez d’avis, contactez l’établissement.',
    });
  }
  if (found.link.expiresAt <= now.toISOString()) throw linkExpired('Ce lien d’autorisation');
}

/**
 * What the guardian sees: the first name, the program, the school, what is asked — nothing
 * more about the young person, and nothing at all about anyone else.
 */
export function guardianRequestView(found: GuardianLinkRead, tenantName: string) {
  return {
    firstName: found.firstName,
    programName: found.programName,
    schoolName: found.schoolName,
    tenantName,
    scopes: GUARDIAN_SCOPES,
    decision: (found.link.decision as GuardianDecision | null) ?? null,
  };
}
export type GuardianRequest = ReturnType<typeof guardianRequestView>;

/** A decided link still shows its decision (read-only); an undecided one must not have expired. */
export async function openGuardianLink(ctx: PublicLinkContext, token: string): Promise<GuardianRequest> {
  const found = await findGuardianLink(ctx.db, token);
  if (!found.link.decision && found.link.expiresAt <= ctx.now.toISOString()) {
    throw linkExpired('Ce lien d’autorisation');
  }
  return guardianRequestView(found, ctx.tenant.name);
}
