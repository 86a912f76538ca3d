import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { notFound } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import type { Outreach } from '../../mentoring/mentors/mentoring-deps.ts';
import type { TenantServiceContext } from '../../service-context.ts';
import { findDiscoveryProgram } from '../program-queries.ts';
import { bookletUrl, issueBookletLink } from './booklet-links.ts';

const { discoveryStudents, auditLog } = tenantSchema;

/**
 * A fresh booklet link for a pupil, for the coordination to hand over (a lost mail, a guardian
 * without e-mail). Earlier links keep working: the booklet is the same.
 */
export async function createBookletLink(input: {
  ctx: TenantServiceContext;
  outreach: Pick<Outreach, 'publicUrl' | 'tenant'>;
  programId: string;
  studentId: string;
}): Promise<{ studentId: string; url: string; expiresAt: string }> {
  const { ctx } = input;
  return withTransaction(ctx.db, async (tx) => {
    const program = await findDiscoveryProgram(tx, input.programId);
    const [student] = await tx
      .select({ id: discoveryStudents.id })
      .from(discoveryStudents)
      .where(and(eq(discoveryStudents.id, input.studentId), eq(discoveryStudents.programId, program.id)));
    if (!student) throw notFound('Élève');
    const { token, expiresAt } = await issueBookletLink(tx, { studentId: student.id, now: ctx.now });
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'booklet_link.created',
      entityType: 'discovery_student',
      entityId: student.id,
      requestId: ctx.requestId,
      data: { programId: program.id, expiresAt },
      at: ctx.now,
    });
    return { studentId: student.id, url: bookletUrl(input.outreach, token), expiresAt };
  });
}
