import { useState } from 'preact/hooks';
import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RoleGate, tenantBase } from '../../conventions/access.tsx';
import { setFlash } from '../../conventions/flash.ts';
import { plural } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Link, navigate } from '../../router.tsx';
import { discoveryApi } from '../api.ts';
import type { Program } from '../types.ts';
import { ProgramForm } from './program-form.tsx';

function ProgramTable({ base, programs }: { base: string; programs: Program[] }) {
  return (
    <div class="table-wrap table-wrap--contained">
      <table>
        <caption>Programmes Pass’3e</caption>
        <thead>
          <tr>
            <th scope="col">Programme</th>
            <th scope="col">Année scolaire</th>
            <th scope="col">Places</th>
            <th scope="col">Élèves par groupe</th>
          </tr>
        </thead>
        <tbody>
          {programs.map((program) => (
            <tr key={program.id}>
              <th scope="row">
                <Link href={`${base}/${encodeURIComponent(program.id)}`}>{program.name}</Link>
              </th>
              <td>{program.season}</td>
              <td>{program.totalPlaces.toLocaleString('fr-FR')}</td>
              <td>{program.groupSize}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProgramsScreen({ tenant }: { tenant: Tenant }) {
  const base = `${tenantBase(tenant)}/pass3e`;
  const list = useAsync(() => discoveryApi.programs(tenant.slug), [tenant.slug]);
  const [opened, setOpened] = useState(false);
  const programs = list.data?.items ?? [];
  const showForm = opened || (list.status === 'ready' && !programs.length);

  const open = () => {
    setOpened(true);
    requestAnimationFrame(() => document.getElementById('nouveau-pass3e-titre')?.focus());
  };
  const close = () => {
    setOpened(false);
    requestAnimationFrame(() => document.getElementById('ouvrir-nouveau-pass3e')?.focus());
  };

  return (
    <>
      <PageHeading title="Pass’3e" />
      <p class="lead">
        Des semaines de découverte des métiers de {tenant.name} pour les élèves de 3e qui n’ont pas de réseau
        pour trouver leur stage d’observation.
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
          <button type="button" class="button" id="ouvrir-nouveau-pass3e" onClick={open}>
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
              `Le programme « ${program.name} » est créé. Importez les collèges puis ajoutez les services qui accueillent.`,
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
