import { type TenantDb, tenantSchema } from '@passerelle/db';
import { desc, eq } from 'drizzle-orm';

const { matchRuns } = tenantSchema;

type Unmatched = {
  youngPeople: { id: string; firstName: string; reasons: string[] }[];
  mentors: { id: string; name: string; reasons: string[] }[];
};

/**
 * The program's last matching run as it was recorded: how it was computed and who had no
 * proposal, and why — so the coordinator finds it again after a reload, not only right after
 * launching it. `null` before the first run.
 */
export async function latestMatchRun(input: { db: TenantDb; programId: string }) {
  const [row] = await input.db
    .select()
    .from(matchRuns)
    .where(eq(matchRuns.programId, input.programId))
    .orderBy(desc(matchRuns.createdAt), desc(matchRuns.id))
    .limit(1);
  if (!row) return { latest: null };
  const unmatched = row.unmatched as Unmatched;
  return {
    latest: {
      run: {
        id: row.id,
        method: row.method,
        timedOut: row.timedOut,
        elapsedMs: row.elapsedMs,
        totalScore: row.totalScore,
        createdAt: row.createdAt,
      },
      proposals: row.proposals,
      unmatchedYoungPeople: unmatched.youngPeople,
      unmatchedMentors: unmatched.mentors,
    },
  };
}
