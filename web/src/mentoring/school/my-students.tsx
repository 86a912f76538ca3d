import { useEffect, useRef, useState } from 'preact/hooks';
import type { Tenant } from '../../api/types.ts';
import { FormDisclosure } from '../../components/form-disclosure.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RoleGate } from '../../conventions/access.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { mentoringApi } from '../api.ts';
import { DuplicateWarning, EligibilityDetail } from '../components/eligibility.tsx';
import { ownOrganizations } from '../components/own-organizations.ts';
import { AuthorisationTag, PairStatusTag } from '../components/tags.tsx';
import { listLabels, schoolLevelLabels } from '../labels.ts';
import type { Nominated, Program, Ref } from '../types.ts';
import { NominationForm } from './nomination-form.tsx';
import { SchoolDebriefs } from './school-debriefs.tsx';

/** What the server said of the pupil just proposed: eligible or not and why, a possible duplicate. */
function NominationResult({ result }: { result: Nominated }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [result]);
  const { youngPerson: person, duplicates } = result;
  return (
    <div
      class={`notice nomination-result ${person.eligibility.eligible ? 'notice--success' : ''}`}
      ref={ref}
      tabIndex={-1}
      role="status"
    >
      <p>
        <strong>
          {person.firstName} {person.lastName} est proposé·e. Son ou sa responsable légal·e reçoit un lien
          d’autorisation à {person.guardianEmail}.
        </strong>
      </p>
      <EligibilityDetail eligible={person.eligibility.eligible} reasons={person.eligibility.reasons} />
      <DuplicateWarning duplicates={duplicates} firstName={person.firstName} />
    </div>
  );
}

type Props = {
  tenant: Tenant;
  program: Program;
  schools: Ref[];
  open: boolean;
  onOpen: (open: boolean) => void;
};

function ProgramStudents({ tenant, program, schools, open, onOpen }: Props) {
  const list = useAsync(() => mentoringApi.youngPeople(tenant.slug, program.id), [tenant.slug, program.id]);
  const [result, setResult] = useState<Nominated | null>(null);
  const people = list.data?.items ?? [];
  const headingId = `programme-${program.id}`;
  const openId = `proposer-${program.id}`;

  return (
    <section aria-labelledby={headingId} class="program-block">
      <h2 id={headingId}>{program.name}</h2>
      <p class="muted">
        {program.season} · {listLabels(schoolLevelLabels, program.audienceLevels)}
      </p>
      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {list.data && !people.length ? <p>Aucun élève proposé dans ce programme.</p> : null}
      {people.length ? (
        <div class="table-wrap">
          <table>
            <caption>Vos élèves proposés dans « {program.name} »</caption>
            <thead>
              <tr>
                <th scope="col">Élève</th>
                <th scope="col">Niveau</th>
                <th scope="col">Éligibilité</th>
                <th scope="col">Autorisation parentale</th>
                <th scope="col">Binôme</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id}>
                  <th scope="row">
                    {person.firstName} {person.lastName}
                    <span class="block muted">{person.school.name}</span>
                  </th>
                  <td>{schoolLevelLabels[person.level] ?? person.level}</td>
                  <td>
                    <EligibilityDetail
                      eligible={person.eligibility.eligible}
                      reasons={person.eligibility.reasons}
                    />
                  </td>
                  <td>
                    <AuthorisationTag value={person.authorisation} />
                  </td>
                  <td>
                    {person.pairStatus ? (
                      <PairStatusTag status={person.pairStatus} />
                    ) : (
                      <span class="muted">Pas encore</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {people.length ? <SchoolDebriefs tenantSlug={tenant.slug} program={program} /> : null}
      {result ? <NominationResult result={result} /> : null}
      <FormDisclosure
        open={open}
        onOpen={onOpen}
        openerId={openId}
        formTitleId={`eleve-${program.id}-titre`}
        onOpening={() => setResult(null)}
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
          onNominated={(nominated) => {
            setResult(nominated);
            list.reload();
          }}
        />
      </FormDisclosure>
    </section>
  );
}

function MyStudentsScreen({ tenant }: { tenant: Tenant }) {
  const programs = useAsync(() => mentoringApi.programs(tenant.slug), [tenant.slug]);
  const [open, setOpen] = useState<string | null>(null);
  const schools = ownOrganizations(tenant, ['school']);
  const active = (programs.data?.items ?? []).filter((p) => p.status !== 'archived');

  return (
    <>
      <PageHeading title="Mes élèves" />
      <p class="lead">
        Proposez des élèves de votre établissement aux programmes de mentorat, puis suivez leur autorisation
        parentale, leur binôme et leur bilan de fin d’année.
      </p>
      {!schools.length ? (
        <Notice tone="info">
          Aucun établissement scolaire n’est rattaché à votre compte : la coordination de la collectivité peut
          le faire.
        </Notice>
      ) : null}
      {programs.status === 'error' ? <Notice tone="error">{programs.error.message}</Notice> : null}
      {programs.status === 'loading' && !programs.data ? <Loading /> : null}
      {programs.data && !active.length ? <p>Aucun programme de mentorat ouvert pour le moment.</p> : null}
      {schools.length
        ? active.map((program) => (
            <ProgramStudents
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

export default function MyStudents() {
  return <RoleGate roles={['school_referent']}>{(tenant) => <MyStudentsScreen tenant={tenant} />}</RoleGate>;
}
