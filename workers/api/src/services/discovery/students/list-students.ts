import type { TenantDb } from '@passerelle/db';
import { tenantSchema } from '@passerelle/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { SchoolReach } from '../../mentoring/young-people/young-person-access.ts';
import { findDiscoveryProgram } from '../program-queries.ts';
import { type StudentView, selectStudents, studentView } from './student-view.ts';

const { discoveryStudents } = tenantSchema;

/** The pupils proposed to a program: all for the coordination, its own for a school. */
export async function listStudents(input: {
  db: Pick<TenantDb, 'select'>;
  programId: string;
  reach: SchoolReach;
}): Promise<{ items: StudentView[] }> {
  const program = await findDiscoveryProgram(input.db, input.programId);
  const { reach } = input;
  if (reach.kind === 'schools' && reach.schoolIds.length === 0) return { items: [] };
  const rows = await selectStudents(
    input.db,
    and(
      eq(discoveryStudents.programId, program.id),
      reach.kind === 'all' ? undefined : inArray(discoveryStudents.schoolId, [...reach.schoolIds]),
    ),
  );
  return { items: rows.map(studentView) };
}
