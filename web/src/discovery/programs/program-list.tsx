import type { Tenant } from '../../api/types.ts';
import { ProgramsPage } from '../../components/programs-page.tsx';
import { RoleGate, tenantBase } from '../../conventions/access.tsx';
import { setFlash } from '../../conventions/flash.ts';
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
  return (
    <ProgramsPage
      title="Pass’3e"
      lead={`Des semaines de découverte des métiers de ${tenant.name} pour les élèves de 3e qui n’ont pas de réseau pour trouver leur stage d’observation.`}
      list={list}
      table={(programs) => <ProgramTable base={base} programs={programs} />}
      formTitleId="nouveau-pass3e-titre"
      openerId="ouvrir-nouveau-pass3e"
      form={(onCancel) => (
        <ProgramForm
          tenantSlug={tenant.slug}
          onCancel={onCancel}
          onCreated={(program) => {
            setFlash(
              `Le programme « ${program.name} » est créé. Importez les collèges puis ajoutez les services qui accueillent.`,
            );
            navigate(`${base}/${encodeURIComponent(program.id)}`);
          }}
        />
      )}
    />
  );
}

export default function Programs() {
  return <RoleGate roles={['tenant_admin']}>{(tenant) => <ProgramsScreen tenant={tenant} />}</RoleGate>;
}
