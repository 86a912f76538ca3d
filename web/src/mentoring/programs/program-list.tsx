import { useState } from 'preact/hooks';
import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RoleGate, tenantBase } from '../../conventions/access.tsx';
import { setFlash } from '../../conventions/flash.ts';
import { plural } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Link, navigate } from '../../router.tsx';
import { mentoringApi } from '../api.ts';
import { listLabels, schoolLevelLabels } from '../labels.ts';
import type { Program } from '../types.ts';
import { ProgramForm } from './program-form.tsx';

function ProgramTable({ base, programs }: { base: string; programs: Program[] }) {
  return (
    <div class="table-wrap">
      <table>
        <caption>Programmes de mentorat, du plus récent au plus ancien</caption>
        <thead>
          <tr>
            <th scope="col">Programme</th>
            <th scope="col">Année scolaire</th>
            <th scope="col">Niveaux visés</th>
            <th scope="col">Statut</th>
          </tr>
        </thead>
        <tbody>
          {programs.map((program) => (
            <tr key={program.id}>
              <th scope="row">
                <Link href={`${base}/${encodeURIComponent(program.id)}`}>{program.name}</Link>
                {program.operator ? <span class="block muted">Avec {program.operator.name}</span> : null}
              </th>
              <td>{program.season}</td>
              <td>{listLabels(schoolLevelLabels, program.audienceLevels)}</td>
              <td>
                {program.status === 'archived' ? (
                  <span class="tag tag--muted">Archivé</span>
                ) : (
                  <span class="tag">En cours</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProgramsScreen({ tenant }: { tenant: Tenant }) {
  const base = `${tenantBase(tenant)}/mentorat`;
  const list = useAsync(() => mentoringApi.programs(tenant.slug), [tenant.slug]);
  const [opened, setOpened] = useState(false);
  const programs = list.data?.items ?? [];
  const showForm = opened || (list.status === 'ready' && !programs.length);

  const open = () => {
    setOpened(true);
    requestAnimationFrame(() => document.getElementById('nouveau-programme-titre')?.focus());
  };
  const close = () => {
    setOpened(false);
    requestAnimationFrame(() => document.getElementById('ouvrir-nouveau-programme')?.focus());
  };

  return (
    <>
      <PageHeading title="Mentorat" />
      <p class="lead">
        Les programmes de mentorat de {tenant.name} : des salariés et des agents accompagnent des collégiens
        et des lycéens pendant une année scolaire.
      </p>
      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {programs.length ? (
        <>
          <p class="result-count">{plural(programs.length, 'programme', 'programmes')}</p>
          <ProgramTable base={base} programs={programs} />
        </>
      ) : list.status === 'ready' ? (
        <p>Aucun programme pour le moment : créez le premier ci-dessous.</p>
      ) : null}
      {programs.length && !showForm ? (
        <p>
          <button type="button" class="button" id="ouvrir-nouveau-programme" onClick={open}>
            Nouveau programme
          </button>
        </p>
      ) : null}
      {showForm ? (
        <ProgramForm
          tenantSlug={tenant.slug}
          onCancel={programs.length ? close : undefined}
          onCreated={(program) => {
            setFlash(
              `Le programme « ${program.name} » est créé. Ajoutez ses mentors ; les établissements peuvent y proposer des élèves.`,
            );
            navigate(`${base}/${encodeURIComponent(program.id)}`);
          }}
        />
      ) : null}
    </>
  );
}

export default function Programs() {
  return <RoleGate roles={['tenant_admin']}>{(tenant) => <ProgramsScreen tenant={tenant} />}</RoleGate>;
}
