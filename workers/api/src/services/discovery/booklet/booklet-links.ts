import { type TenantDb, tenantSchema } from '@passerelle/db';
import { DomainError } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import {
  expiresAfterDays,
  linkExpired,
  newLinkToken,
  tokenHashOf,
} from '../../mentoring/mentors/link-tokens.ts';

const { bookletLinks, discoveryStudents } = tenantSchema;

/** Long enough for the week, the assessment after it and the survey; the hash only is stored. */
export const BOOKLET_LINK_DAYS = 180;

export async function issueBookletLink(
  tx: Pick<TenantDb, 'insert'>,
  input: { studentId: string; now: Date },
): Promise<{ token: string; expiresAt: string }> {
  const token = newLinkToken();
  const expiresAt = expiresAfterDays(input.now, BOOKLET_LINK_DAYS);
  await tx.insert(bookletLinks).values({
    tokenHash: (await tokenHashOf(token))!,
    studentId: input.studentId,
    expiresAt,
    createdAt: input.now.toISOString(),
  });
  return { token, expiresAt };
}

/** The pupil a booklet link opens; unknown → 404, past its date → 409. */
export async function findBookletStudent(db: Pick<TenantDb, 'select'>, token: string, now: Date) {
  const hash = await tokenHashOf(token);
  const [found] = hash
    ? await db
        .select({ link: bookletLinks, student: discoveryStudents })
        .from(bookletLinks)
        .innerJoin(discoveryStudents, eq(discoveryStudents.id, bookletLinks.studentId))
        .where(eq(bookletLinks.tokenHash, hash))
    : [];
  if (!found) throw new DomainError({ code: 'NOT_FOUND', message: 'Ce lien de livret n’existe pas.' });
  if (found.link.expiresAt <= now.toISOString()) throw linkExpired('Ce lien de livret');
  return found.student;
}

export const bookletUrl = (outreach: { publicUrl: string; tenant: { slug: string } }, token: string) =>
  `${outreach.publicUrl}/t/${outreach.tenant.slug}/pass3e/livret/${token}`;
