import type { ApiError } from '../../api/client.ts';
import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RoleGate, tenantBase } from '../../conventions/access.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { discoveryApi } from '../api.ts';
import { dateOf } from '../components/plan-days.ts';
import { formatDay } from '../labels.ts';
import type { Plan, PlanDay, PlanHostDay, PlanWeek, Program } from '../types.ts';
import { AttendanceForm } from './attendance-form.tsx';

type HostDay = { week: PlanWeek; day: PlanDay; hostDay: PlanHostDay; date: string };

/** A tutor's plan lists only their host-days: flattened in date order. */
function hostDaysOf(plan: Plan | null): HostDay[] {
  const found: HostDay[] = [];
  for (const week of plan?.weeks ?? []) {
    for (const day of week.days) {
      for (const hostDay of day.hosts) {
        if (hostDay.groups.length) found.push({ week, day, hostDay, date: dateOf(week, day) });
      }
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date));
}

const planOrNone = (slug: string, id: string) =>
  discoveryApi.plan(slug, id).catch((error: ApiError) => {
    if (error.status === 404) return null;
    throw error;
  });

function ProgramDays({ tenant, program }: { tenant: Tenant; program: Program }) {
  const plan = useAsync(() => planOrNone(tenant.slug, program.id), [tenant.slug, program.id]);
  const days = hostDaysOf(plan.data ?? null);
  const booklets = `${tenantBase(tenant)}/pass3e/${encodeURIComponent(program.id)}/eleves`;
  const headingId = `groupes-${program.id}`;
  return (
    <section aria-labelledby={headingId} class="program-block">
      <h2 id={headingId}>{program.name}</h2>
      {plan.status === 'error' ? <Notice tone="error">{plan.error.message}</Notice> : null}
      {plan.status === 'loading' && !plan.data ? <Loading /> : null}
      {plan.status === 'ready' && !days.length ? (
        <p>Aucune journée d’accueil ne vous est confiée pour le moment.</p>
      ) : null}
      {days.map(({ week, day, hostDay, date }) => {
        const key = `${week.id}-${day.dayIndex}-${hostDay.host.id}`;
        return (
          <article key={key} class="host-day" aria-labelledby={`jour-${key}`}>
            <h3 id={`jour-${key}`}>
              {formatDay(date)} : {hostDay.host.name}
            </h3>
            {week.closedAt ? <p class="muted">Semaine close.</p> : null}
            <AttendanceForm
              tenantSlug={tenant.slug}
              programId={program.id}
              dayIndex={day.dayIndex}
              dayText={formatDay(date)}
              groups={hostDay.groups}
              idPrefix={`present-${key}`}
              bookletHref={(studentId) => `${booklets}/${encodeURIComponent(studentId)}`}
            />
          </article>
        );
      })}
    </section>
  );
}

function MyGroupsScreen({ tenant }: { tenant: Tenant }) {
  const programs = useAsync(() => discoveryApi.programs(tenant.slug), [tenant.slug]);
  const active = (programs.data?.items ?? []).filter((p) => p.status !== 'archived');
  return (
    <>
      <PageHeading title="Mes groupes Pass’3e" />
      <p class="lead">
        Les journées où vous accueillez un groupe d’élèves de 3e : notez qui est venu, et lisez leur livret.
      </p>
      {programs.status === 'error' ? <Notice tone="error">{programs.error.message}</Notice> : null}
      {programs.status === 'loading' && !programs.data ? <Loading /> : null}
      {programs.data && !active.length ? <p>Aucun programme Pass’3e en cours.</p> : null}
      {active.map((program) => (
        <ProgramDays key={program.id} tenant={tenant} program={program} />
      ))}
    </>
  );
}

export default function MyGroups() {
  return <RoleGate roles={['mentor']}>{(tenant) => <MyGroupsScreen tenant={tenant} />}</RoleGate>;
}
