import type { Organization } from '../api/types.ts';
import { organizationKindLabels, priorityEducationLabels, schoolKindLabels } from '../lib/labels.ts';

function identifier(organization: Organization): string {
  const parts = [
    organization.siret ? `SIRET ${organization.siret}` : '',
    organization.rna ? `RNA ${organization.rna}` : '',
    organization.uai ? `UAI ${organization.uai}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : '—';
}

function place(organization: Organization): string | null {
  const name = organization.communeName ?? '';
  const code = organization.communeCode ?? '';
  if (name && code) return `${name} (${code})`;
  return name || code || null;
}

function kindDetail(organization: Organization): string | null {
  if (organization.kind !== 'school') return null;
  const parts = [
    organization.schoolKind ? schoolKindLabels[organization.schoolKind] : '',
    organization.priorityEducation && organization.priorityEducation !== 'none'
      ? priorityEducationLabels[organization.priorityEducation]
      : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

type Props = {
  items: Organization[];
  canEdit: boolean;
  onEdit: (organization: Organization) => void;
  onArchive: (organization: Organization) => void;
  onUnarchive: (organization: Organization) => void;
};

export function OrganizationList({ items, canEdit, onEdit, onArchive, onUnarchive }: Props) {
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">Organisations</caption>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Type</th>
            <th scope="col">Identifiant</th>
            <th scope="col">Commune</th>
            <th scope="col">Ce qu’elle fait, pour qui</th>
            <th scope="col">Statut</th>
            {canEdit ? <th scope="col">Actions</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((organization) => {
            const detail = kindDetail(organization);
            const archived = organization.status === 'archived';
            return (
              <tr key={organization.id} class={archived ? 'is-archived' : undefined}>
                <th scope="row">
                  {organization.name}
                  {organization.email ? <span class="muted block">{organization.email}</span> : null}
                </th>
                <td>
                  {organizationKindLabels[organization.kind] ?? organization.kind}
                  {detail ? <span class="muted block">{detail}</span> : null}
                </td>
                <td class="nowrap">{identifier(organization)}</td>
                <td>{place(organization) ?? '—'}</td>
                <td>
                  {organization.activities || organization.audience ? (
                    <>
                      {organization.activities ? <span class="block">{organization.activities}</span> : null}
                      {organization.audience ? (
                        <span class="block muted">Pour : {organization.audience}</span>
                      ) : null}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {archived ? <span class="tag tag--muted">Archivée</span> : <span class="tag">Active</span>}
                </td>
                {canEdit ? (
                  <td>
                    <div class="row-actions__inner">
                      {archived ? (
                        <button type="button" class="link-button" onClick={() => onUnarchive(organization)}>
                          Réactiver<span class="visually-hidden"> « {organization.name} »</span>
                        </button>
                      ) : (
                        <>
                          <button type="button" class="link-button" onClick={() => onEdit(organization)}>
                            Modifier<span class="visually-hidden"> « {organization.name} »</span>
                          </button>
                          <button type="button" class="link-button" onClick={() => onArchive(organization)}>
                            Archiver<span class="visually-hidden"> « {organization.name} »</span>
                          </button>
                        </>
                      )}
                    </div>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
