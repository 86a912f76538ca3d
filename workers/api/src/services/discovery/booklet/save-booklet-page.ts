import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { conflict, DomainError, newId } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { PublicLinkContext } from '../../mentoring/mentors/mentoring-deps.ts';
import { findDiscoveryProgram, layoutOf } from '../program-queries.ts';
import { findBookletStudent } from './booklet-links.ts';
import { ASSESSMENT_PAGE, type BookletView, dayIndexOfPage, readBooklet } from './booklet-view.ts';

const { bookletPages, discoveryGroups, discoveryWeeks, auditLog } = tenantSchema;

/**
 * The pupil writes a page of their booklet through their link: a service day's page or the final
 * assessment. Writing is open while their week is planned and not closed; after, it is read-only.
 */
export async function saveBookletPage(input: {
  ctx: PublicLinkContext;
  token: string;
  page: string;
  content: Record<string, string>;
}): Promise<BookletView> {
  const { ctx, page } = input;
  return withTransaction(ctx.db, async (tx) => {
    const student = await findBookletStudent(tx, input.token, ctx.now);
    const program = await findDiscoveryProgram(tx, student.programId);
    if (page !== ASSESSMENT_PAGE && dayIndexOfPage(page, layoutOf(program)) === null) {
      throw new DomainError({ code: 'NOT_FOUND', message: 'Cette page n’existe pas dans le livret.' });
    }
    const [week] = student.groupId
      ? await tx
          .select({ closedAt: discoveryWeeks.closedAt })
          .from(discoveryGroups)
          .innerJoin(discoveryWeeks, eq(discoveryWeeks.id, discoveryGroups.weekId))
          .where(eq(discoveryGroups.id, student.groupId))
      : [];
    if (!week) throw conflict('Le livret s’ouvre quand votre semaine est planifiée.');
    if (week.closedAt) throw conflict('La semaine est close : le livret ne peut plus être modifié.');

    const at = ctx.now.toISOString();
    await tx
      .insert(bookletPages)
      .values({
        id: newId('bkp', ctx.now.getTime()),
        studentId: student.id,
        page,
        content: input.content,
        updatedAt: at,
      })
      .onConflictDoUpdate({
        target: [bookletPages.studentId, bookletPages.page],
        set: { content: input.content, updatedAt: at },
      });
    // What the pupil wrote stays out of the trail: only that a page changed.
    await appendAudit(tx, auditLog, {
      actorId: null,
      action: 'booklet_page.saved',
      entityType: 'discovery_student',
      entityId: student.id,
      requestId: ctx.requestId,
      data: { page, via: 'booklet_link' },
      at: ctx.now,
    });
    return readBooklet({ db: tx, student, tenantName: ctx.tenant.name });
  });
}
