import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import type { Tenant } from '../../api/types.ts';
import { FormDisclosure } from '../../components/form-disclosure.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RoleGate, tenantBase } from '../../conventions/access.tsx';
import { plural } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { ownOrganizations } from '../../mentoring/components/own-organizations.ts';
import { discoveryApi } from '../api.ts';
import { StudentTable } from '../components/student-table.tsx';
import type { Program, Quotas, Ref, Student } from '../types.ts';
import { NominationForm } from './nomination-form.tsx';

const quotasOrNone = (slug: string, id: string) =>
  discoveryApi.quotas(slug, id).catch((error: ApiError) => {
    if (error.status === 404) return null;
    throw error;
  });

function QuotaLines({ quotas, nominated }: { quotas: Quotas | null; nominated: number }) {
  if (!quotas?.quotas.length) {
    return (
      <p>La coordination n’a pas encore calculé les quotas : vous pourrez proposer vos élèves ensuite.</p>
    );
  }
  return (
    <>
      {quotas.quotas.map((q) => (
        <div class="quota-line" key={q.school.id}>
          <p>
            <strong>
              {q.school.name} : {plural(q.quota, 'place', 'places')}
            </strong>
            , {plural(q.nominated ?? nominated, 'élève proposé', 'élèves proposés')}.
          </p>
          <p class="explanation">{q.explanation}</p>
        </div>
      ))}
    </>
  );
}

type Props = {
  tenant: Tenant;
  program: Program;
  schools: Ref[];
  open: boolean;
  onOpen: (open: boolean) => void;
};

function ProgramPupils({ tenant, program, schools, open, onOpen }: Props) {
  const quotas = useAsync(() => quotasOrNone(tenant.slug, program.id), [tenant.slug, program.id]);
  const list = useAsync(() => discoveryApi.students(tenant.slug, program.id), [tenant.slug, program.id]);
  const [nominated, setNominated] = useState<Student | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const students = list.data?.items ?? [];
  const headingId = `pass3e-${program.id}`;
  const openId = `proposer-${program.id}`;
  const base = `${tenantBase(tenant)}/pass3e/${encodeURIComponent(program.id)}/eleves`;

  useEffect(() => {
    if (nominated) resultRef.current?.focus();
  }, [nominated]);

  return (
    <section aria-labelledby={headingId} class="program-block">
      <h2 id={headingId}>{program.name}</h2>
      <h3>Votre quota</h3>
      {quotas.status === 'error' ? <Notice tone="error">{quotas.error.message}</Notice> : null}
      {quotas.status === 'loading' && !quotas.data ? <Loading /> : null}
      {quotas.status === 'ready' ? <QuotaLines quotas={quotas.data} nominated={students.length} /> : null}
      <h3>Vos élèves proposés</h3>
      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {list.data && !students.length ? <p>Aucun élève proposé pour le moment.</p> : null}
      {students.length ? (
        <StudentTable
          students={students}
          caption={`Vos élèves proposés pour « ${program.name} »`}
          showSchool={schools.length > 1}
          bookletHref={(s) => `${base}/${encodeURIComponent(s.id)}`}
        />
      ) : null}
      {nominated ? (
        <div class="notice notice--success" ref={resultRef} tabIndex={-1} role="status">
          <p>
            <strong>
              {nominated.firstName} {nominated.lastName} est proposé·e.
            </strong>{' '}
            Son ou sa responsable légal·e reçoit un lien pour autoriser sa participation.
          </p>
        </div>
      ) : null}
      <FormDisclosure
        open={open}
        onOpen={onOpen}
        openerId={openId}
        formTitleId={`pass3e-eleve-${program.id}-titre`}
        onOpening={() => setNominated(null)}
        openLabel={
          <>
            Proposer un·e élève<span class="visually-hidden"> pour « {program.name} »</span>
          </>
        }
      >
        <NominationForm
          tenantSlug={tenant.slug}
          program={program}
          schools={schools}
          onNominated={(student) => {
            setNominated(student);
            list.reload();
          }}
        />
      </FormDisclosure>
    </section>
  );
}

function MyPupilsScreen({ tenant }: { tenant: Tenant }) {
  const programs = useAsync(() => discoveryApi.programs(tenant.slug), [tenant.slug]);
  const [open, setOpen] = useState<string | null>(null);
  const schools = ownOrganizations(tenant, ['school']);
  const active = (programs.data?.items ?? []).filter((p) => p.status !== 'archived');

  return (
    <>
      <PageHeading title="Mes élèves Pass’3e" />
      <p class="lead">
        Proposez vos élèves de 3e pour une semaine de découverte des métiers, dans la limite de votre quota,
        puis suivez leur autorisation parentale et lisez leur livret.
      </p>
      {!schools.length ? (
        <Notice tone="info">
          Aucun collège n’est rattaché à votre compte : la coordination de la collectivité peut le faire.
        </Notice>
      ) : null}
      {programs.status === 'error' ? <Notice tone="error">{programs.error.message}</Notice> : null}
      {programs.status === 'loading' && !programs.data ? <Loading /> : null}
      {programs.data && !active.length ? <p>Aucun programme Pass’3e ouvert pour le moment.</p> : null}
      {schools.length
        ? active.map((program) => (
            <ProgramPupils
              key={program.id}
              tenant={tenant}
              program={program}
              schools={schools}
              open={open === program.id}
              onOpen={(next) => setOpen(next ? program.id : null)}
            />
          ))
        : null}
    </>
  );
}

export default function MyPupils() {
  return <RoleGate roles={['school_referent']}>{(tenant) => <MyPupilsScreen tenant={tenant} />}</RoleGate>;
}
