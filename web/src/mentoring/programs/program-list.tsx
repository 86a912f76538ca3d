import type { Tenant } from '../../api/types.ts';
import { ProgramsPage } from '../../components/programs-page.tsx';
import { RoleGate, tenantBase } from '../../conventions/access.tsx';
import { setFlash } from '../../conventions/flash.ts';
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
  return (
    <ProgramsPage
      title="Mentorat"
      lead={`Les programmes de mentorat de ${tenant.name} : des salariés et des agents accompagnent des collégiens et des lycéens pendant une année scolaire.`}
      list={list}
      table={(programs) => <ProgramTable base={base} programs={programs} />}
      formTitleId="nouveau-programme-titre"
      openerId="ouvrir-nouveau-programme"
      form={(onCancel) => (
        <ProgramForm
          tenantSlug={tenant.slug}
          onCancel={onCancel}
          onCreated={(program) => {
            setFlash(
              `Le programme « ${program.name} » est créé. Ajoutez ses mentors ; les établissements peuvent y proposer des élèves.`,
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
