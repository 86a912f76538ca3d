import { useState } from 'preact/hooks';
import type { Tenant } from '../../api/types.ts';
import { FormDisclosure } from '../../components/form-disclosure.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RoleGate } from '../../conventions/access.tsx';
import { useFlash } from '../../conventions/components/use-flash.ts';
import { useAsync } from '../../lib/use-async.ts';
import { mentoringApi } from '../api.ts';
import { CharterStatus, HonorabilityStatus, LoadStatus } from '../components/mentor-facts.tsx';
import { MentorForm } from '../components/mentor-form.tsx';
import { ownOrganizations } from '../components/own-organizations.ts';
import { jobFamilyLabels, listLabels, schoolLevelLabels } from '../labels.ts';
import type { Program, Ref } from '../types.ts';

type Props = {
  tenant: Tenant;
  program: Program;
  organizations: Ref[];
  open: boolean;
  onOpen: (open: boolean) => void;
};

/** One program: the organization's mentors in it, and the form to name another. */
function ProgramMentors({ tenant, program, organizations, open, onOpen }: Props) {
  const list = useAsync(() => mentoringApi.mentors(tenant.slug, program.id), [tenant.slug, program.id]);
  const flash = useFlash();
  const mentors = list.data?.items ?? [];
  const headingId = `programme-${program.id}`;
  const openId = `proposer-${program.id}`;

  return (
    <section aria-labelledby={headingId} class="program-block">
      <h2 id={headingId}>{program.name}</h2>
      <p class="muted">
        {program.season} · {listLabels(schoolLevelLabels, program.audienceLevels)}
      </p>
      {flash.message ? (
        <Notice tone={flash.message.tone} noticeRef={flash.ref}>
          {flash.message.text}
        </Notice>
      ) : null}
      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {list.data && !mentors.length ? <p>Aucun mentor de votre organisation dans ce programme.</p> : null}
      {mentors.length ? (
        <div class="table-wrap">
          <table>
            <caption>Vos mentors dans « {program.name} »</caption>
            <thead>
              <tr>
                <th scope="col">Mentor</th>
                <th scope="col">Métier</th>
                <th scope="col">Jeunes suivis</th>
                <th scope="col">Charte</th>
                <th scope="col">Contrôle d’honorabilité</th>
              </tr>
            </thead>
            <tbody>
              {mentors.map((mentor) => (
                <tr key={mentor.id}>
                  <th scope="row">
                    {mentor.firstName} {mentor.lastName}
                    <span class="block muted">{mentor.organization.name}</span>
                  </th>
                  <td>
                    {mentor.jobTitle}
                    <span class="block">{jobFamilyLabels[mentor.jobFamily] ?? mentor.jobFamily}</span>
                  </td>
                  <td>
                    <LoadStatus mentor={mentor} />
                  </td>
                  <td>
                    <CharterStatus mentor={mentor} />
                  </td>
                  <td>
                    <HonorabilityStatus mentor={mentor} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <FormDisclosure
        open={open}
        onOpen={onOpen}
        openerId={openId}
        formTitleId={`mentor-${program.id}-titre`}
        openLabel={
          <>
            Proposer un mentor<span class="visually-hidden"> pour « {program.name} »</span>
          </>
        }
      >
        <MentorForm
          tenantSlug={tenant.slug}
          program={program}
          mode="partner"
          organizations={organizations}
          idPrefix={`mentor-${program.id}`}
          title={`Proposer un mentor pour « ${program.name} »`}
          onSaved={(mentor) => {
            list.reload();
            flash.announce({
              tone: 'success',
              text: `${mentor.firstName} ${mentor.lastName} est proposé·e comme mentor et reçoit une invitation par courriel. La collectivité vérifiera son honorabilité avant tout appariement.`,
            });
          }}
        />
      </FormDisclosure>
    </section>
  );
}

function MyMentorsScreen({ tenant }: { tenant: Tenant }) {
  const programs = useAsync(() => mentoringApi.programs(tenant.slug), [tenant.slug]);
  const [open, setOpen] = useState<string | null>(null);
  const organizations = ownOrganizations(tenant, ['company', 'association', 'service']);
  const active = (programs.data?.items ?? []).filter((p) => p.status !== 'archived');

  return (
    <>
      <PageHeading title="Mes mentors" />
      <p class="lead">
        Les salariés de votre organisation qui accompagnent un jeune, programme par programme. Chaque mentor
        proposé compte pour votre engagement « mentors bénévoles » de la convention.
      </p>
      {!organizations.length ? (
        <Notice tone="info">
          Aucune organisation n’est rattachée à votre compte : la coordination de la collectivité peut le
          faire.
        </Notice>
      ) : null}
      {programs.status === 'error' ? <Notice tone="error">{programs.error.message}</Notice> : null}
      {programs.status === 'loading' && !programs.data ? <Loading /> : null}
      {programs.data && !active.length ? <p>Aucun programme de mentorat ouvert pour le moment.</p> : null}
      {organizations.length
        ? active.map((program) => (
            <ProgramMentors
              key={program.id}
              tenant={tenant}
              program={program}
              organizations={organizations}
              open={open === program.id}
              onOpen={(next) => setOpen(next ? program.id : null)}
            />
          ))
        : null}
    </>
  );
}

export default function MyMentors() {
  return <RoleGate roles={['partner_referent']}>{(tenant) => <MyMentorsScreen tenant={tenant} />}</RoleGate>;
}
