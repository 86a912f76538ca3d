import { useState } from 'preact/hooks';
import { Loading, Notice } from '../../components/notice.tsx';
import { plural } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { discoveryApi } from '../api.ts';
import { jobFamilyLabels } from '../labels.ts';
import type { Host } from '../types.ts';
import { HostForm } from './host-form.tsx';
import type { SectionProps } from './section-props.ts';

function HostTable({ hosts }: { hosts: Host[] }) {
  return (
    <div class="table-wrap table-wrap--contained">
      <table>
        <caption>Services et entreprises qui accueillent les groupes</caption>
        <thead>
          <tr>
            <th scope="col">Accueillant</th>
            <th scope="col">Famille de métiers</th>
            <th scope="col">Métiers mixtes</th>
            <th scope="col">Groupes par jour</th>
            <th scope="col">Tuteurs et tutrices</th>
          </tr>
        </thead>
        <tbody>
          {hosts.map((host) => (
            <tr key={host.id}>
              <th scope="row">
                {host.name}
                {host.organizationName && host.organizationName !== host.name ? (
                  <span class="block muted">{host.organizationName}</span>
                ) : null}
              </th>
              <td>{jobFamilyLabels[host.jobFamily] ?? host.jobFamily}</td>
              <td>{host.mixedJob ? 'Oui' : 'Non'}</td>
              <td>{host.capacityGroupsPerDay}</td>
              <td>
                {host.tutors.length ? (
                  <ul class="plain-list">
                    {host.tutors.map((tutor) => (
                      <li key={tutor.id ?? tutor.name}>
                        {tutor.name}
                        {tutor.email ? <span class="muted"> ({tutor.email})</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span class="muted">Aucun</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Accueillants: the services and companies that welcome a group for a day, with their tutors. */
export function HostsSection({ tenantSlug, program }: SectionProps) {
  const list = useAsync(() => discoveryApi.hosts(tenantSlug, program.id), [tenantSlug, program.id]);
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const hosts = list.data?.items ?? [];
  const capacity = hosts.reduce((sum, h) => sum + h.capacityGroupsPerDay, 0);

  return (
    <>
      <h2>Accueillants</h2>
      <p>
        Chaque groupe découvre un service différent le mardi, le mercredi et le jeudi. Un accueillant reçoit
        au plus le nombre de groupes indiqué par jour, chacun avec un tuteur ou une tutrice.
      </p>
      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {added ? <Notice tone="success">{added}</Notice> : null}
      {list.data && !hosts.length ? <p>Aucun accueillant pour le moment.</p> : null}
      {hosts.length ? (
        <>
          <p class="result-count">
            {plural(hosts.length, 'accueillant', 'accueillants')}, {plural(capacity, 'groupe', 'groupes')} par
            jour au total.
          </p>
          <HostTable hosts={hosts} />
        </>
      ) : null}
      {open ? (
        <HostForm
          tenantSlug={tenantSlug}
          programId={program.id}
          onCancel={() => {
            setOpen(false);
            requestAnimationFrame(() => document.getElementById('ouvrir-accueillant')?.focus());
          }}
          onAdded={(host) => {
            setOpen(false);
            setAdded(
              `${host.name} est ajouté aux accueillants. ${plural(host.tutors.length, 'tuteur reçoit', 'tuteurs reçoivent')} une invitation.`,
            );
            list.reload();
            requestAnimationFrame(() => document.getElementById('ouvrir-accueillant')?.focus());
          }}
        />
      ) : (
        <p>
          <button
            type="button"
            class="button"
            id="ouvrir-accueillant"
            onClick={() => {
              setAdded(null);
              setOpen(true);
              requestAnimationFrame(() => document.getElementById('accueillant-titre')?.focus());
            }}
          >
            Ajouter un accueillant
          </button>
        </p>
      )}
    </>
  );
}
