import type { PublicLinkContext } from '../../mentoring/mentors/mentoring-deps.ts';
import { findBookletStudent } from './booklet-links.ts';
import { type BookletView, readBooklet } from './booklet-view.ts';

/** The booklet behind a pupil's link: the link is the authentication. */
export async function openBooklet(ctx: PublicLinkContext, token: string): Promise<BookletView> {
  const student = await findBookletStudent(ctx.db, token, ctx.now);
  return readBooklet({ db: ctx.db, student, tenantName: ctx.tenant.name });
}
