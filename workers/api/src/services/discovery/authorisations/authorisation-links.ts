import { type TenantDb, tenantSchema } from '@passerelle/db';
import { DomainError, newId } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import {
  expiresAfterDays,
  linkExpired,
  newLinkToken,
  tokenHashOf,
} from '../../mentoring/mentors/link-tokens.ts';
import type { PublicLinkContext } from '../../mentoring/mentors/mentoring-deps.ts';
import { GUARDIAN_LINK_DAYS } from '../../mentoring/young-people/guardian-links.ts';

const {
  discoveryAuthorisations,
  discoveryStudents,
  discoveryPrograms,
  discoveryGroups,
  discoveryWeeks,
  organizations,
} = tenantSchema;

/** What the guardian agrees to, shown on the page and recalled in the mail. */
export const DISCOVERY_AUTHORISATION_SCOPES = {
  week: 'Être accueilli·e une semaine dans les services de la collectivité, en groupe, encadré·e par des agents tuteurs',
  booklet:
    'Tenir un livret de stage numérique, lu par son tuteur ou sa tutrice et par son collège, rendu lisible en fin de semaine',
} as const;

export type DiscoveryDecision = 'given' | 'refused';

/** A single-use link for the guardian to answer; only its hash is stored. */
export async function issueAuthorisationLink(
  tx: Pick<TenantDb, 'insert'>,
  input: { studentId: string; now: Date },
): Promise<string> {
  const token = newLinkToken();
  await tx.insert(discoveryAuthorisations).values({
    id: newId('dau', input.now.getTime()),
    studentId: input.studentId,
    tokenHash: (await tokenHashOf(token))!,
    expiresAt: expiresAfterDays(input.now, GUARDIAN_LINK_DAYS),
  });
  return token;
}

/** The authorisation behind a token, with what the guardian is told about. Unknown → 404. */
export async function findAuthorisationLink(db: Pick<TenantDb, 'select'>, token: string) {
  const hash = await tokenHashOf(token);
  const [found] = hash
    ? await db
        .select({
          link: discoveryAuthorisations,
          studentId: discoveryStudents.id,
          firstName: discoveryStudents.firstName,
          programName: discoveryPrograms.name,
          schoolName: organizations.name,
          weekStart: discoveryWeeks.startDate,
        })
        .from(discoveryAuthorisations)
        .innerJoin(discoveryStudents, eq(discoveryStudents.id, discoveryAuthorisations.studentId))
        .innerJoin(discoveryPrograms, eq(discoveryPrograms.id, discoveryStudents.programId))
        .innerJoin(organizations, eq(organizations.id, discoveryStudents.schoolId))
        .leftJoin(discoveryGroups, eq(discoveryGroups.id, discoveryStudents.groupId))
        .leftJoin(discoveryWeeks, eq(discoveryWeeks.id, discoveryGroups.weekId))
        .where(eq(discoveryAuthorisations.tokenHash, hash))
    : [];
  if (!found) throw new DomainError({ code: 'NOT_FOUND', message: 'Ce lien d’autorisation n’existe pas.' });
  return found;
}
export type AuthorisationLinkRead = Awaited<ReturnType<typeof findAuthorisationLink>>;

/** A link answers once, and not after its date. */
export function assertAuthorisationOpen(found: AuthorisationLinkRead, now: Date) {
  const { decision } = found.link;
  if (decision) {
    throw new DomainError({
      code: 'CONFLICT',
      message:
        decision === 'given'
          ? 'Vous avez déjà donné votre autorisation par ce lien. Pour la retirer, contactez le collège.'
          : decision === 'superseded'
            ? 'Une réponse a déjà été donnée par un autre lien. Pour la changer, contactez le collège.'
            : 'Vous avez déjà refusé par ce lien. Si vous changez d’avis, contactez le collège.',
    });
  }
  if (found.link.expiresAt <= now.toISOString()) throw linkExpired('Ce lien d’autorisation');
}

/** The first name, the program, the school, the week if known, what is asked — nothing more. */
export function authorisationRequestView(found: AuthorisationLinkRead, tenantName: string) {
  return {
    firstName: found.firstName,
    programName: found.programName,
    schoolName: found.schoolName,
    tenantName,
    scopes: DISCOVERY_AUTHORISATION_SCOPES,
    weekStart: found.weekStart ?? null,
    decision: (found.link.decision as DiscoveryDecision | null) ?? null,
  };
}
export type AuthorisationRequest = ReturnType<typeof authorisationRequestView>;

/** A decided link still shows its decision (read-only); an undecided one must not have expired. */
export async function openAuthorisationLink(
  ctx: PublicLinkContext,
  token: string,
): Promise<AuthorisationRequest> {
  const found = await findAuthorisationLink(ctx.db, token);
  if (!found.link.decision && found.link.expiresAt <= ctx.now.toISOString()) {
    throw linkExpired('Ce lien d’autorisation');
  }
  return authorisationRequestView(found, ctx.tenant.name);
}
