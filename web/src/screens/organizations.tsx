import { useRef, useState } from 'preact/hooks';
import { type ApiError, api } from '../api/client.ts';
import type { Organization, OrganizationKind, Tenant } from '../api/types.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PagedResults } from '../components/paged-results.tsx';
import { TenantGate } from '../components/tenant-gate.tsx';
import { plural } from '../lib/labels.ts';
import { useAsync } from '../lib/use-async.ts';
import { type Filters, OrganizationFilters } from './organization-filters.tsx';
import { OrganizationForm } from './organization-form.tsx';
import { OrganizationList } from './organization-list.tsx';

const pageSize = 20;
const noFilters: Filters = { q: '', kind: '', showArchived: false };

type Editor = { organization?: Organization } | null;
type Message = { tone: 'success' | 'error'; text: string; undo?: Organization } | null;

function OrganizationsScreen({ tenant }: { tenant: Tenant }) {
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [page, setPage] = useState(1);
  const [editor, setEditor] = useState<Editor>(null);
  const [toArchive, setToArchive] = useState<Organization | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const canEdit = (tenant.roles ?? [tenant.role]).includes('tenant_admin');
  const filtered = filters.q !== '' || filters.kind !== '';

  const list = useAsync(
    () =>
      api.organizations(tenant.slug, {
        q: filters.q || undefined,
        kind: (filters.kind || undefined) as OrganizationKind | undefined,
        status: filters.showArchived ? 'all' : 'active',
        page,
        pageSize,
      }),
    [tenant.slug, filters, page],
  );

  const announce = (next: Message) => {
    setMessage(next);
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  const run = async (action: () => Promise<Message>) => {
    try {
      announce(await action());
    } catch (error) {
      announce({ tone: 'error', text: (error as ApiError).message });
    }
    list.reload();
  };

  const archive = (organization: Organization) => {
    setToArchive(null);
    return run(async () => {
      await api.archiveOrganization(tenant.slug, organization.id);
      return { tone: 'success', text: `« ${organization.name} » est archivée.`, undo: organization };
    });
  };

  const unarchive = (organization: Organization) =>
    run(async () => {
      await api.unarchiveOrganization(tenant.slug, organization.id);
      return { tone: 'success', text: `« ${organization.name} » est de nouveau active.` };
    });

  const applyFilters = (next: Filters) => {
    setFilters(next);
    setPage(1);
  };

  return (
    <>
      <PageHeading title="Organisations" />
      <p class="lead">
        Les entreprises, associations, établissements scolaires et services avec lesquels {tenant.name}{' '}
        travaille.
      </p>

      {message ? (
        <Notice tone={message.tone} noticeRef={messageRef}>
          {message.text}{' '}
          {message.undo ? (
            <button type="button" class="link-button" onClick={() => unarchive(message.undo!)}>
              Annuler<span class="visually-hidden"> l’archivage</span>
            </button>
          ) : null}
        </Notice>
      ) : null}

      {canEdit && !editor ? (
        <p>
          <button type="button" class="button" ref={addRef} onClick={() => setEditor({})}>
            Ajouter une organisation
          </button>
        </p>
      ) : null}
      {editor ? (
        <OrganizationForm
          key={editor.organization?.id ?? 'nouvelle'}
          tenantSlug={tenant.slug}
          organization={editor.organization}
          onCancel={() => {
            setEditor(null);
            requestAnimationFrame(() => addRef.current?.focus());
          }}
          onSaved={(saved, created) => {
            setEditor(null);
            announce({
              tone: 'success',
              text: created ? `« ${saved.name} » est ajoutée.` : `« ${saved.name} » est enregistrée.`,
            });
            list.reload();
          }}
        />
      ) : null}

      <OrganizationFilters value={filters} onChange={applyFilters} />

      <PagedResults
        state={list}
        count={(total) =>
          total
            ? plural(total, 'organisation', 'organisations')
            : filtered
              ? 'Aucune organisation ne correspond à ces critères.'
              : 'Aucune organisation pour le moment.'
        }
        countClass="result-count"
        empty={
          filtered ? (
            <p>
              <button type="button" class="link-button" onClick={() => applyFilters(noFilters)}>
                Effacer la recherche et les filtres
              </button>
            </p>
          ) : canEdit ? (
            <p class="empty-state">
              Ajoutez la première : une entreprise, une association, un établissement scolaire ou un service
              de la collectivité.
            </p>
          ) : null
        }
        pagesLabel="Pages des organisations"
        onPage={setPage}
      >
        {(items) => (
          <OrganizationList
            items={items}
            canEdit={canEdit}
            onEdit={(organization) => setEditor({ organization })}
            onArchive={setToArchive}
            onUnarchive={unarchive}
          />
        )}
      </PagedResults>

      {toArchive ? (
        <ConfirmDialog
          title={`Archiver « ${toArchive.name} » ?`}
          confirmLabel="Archiver"
          onConfirm={() => archive(toArchive)}
          onCancel={() => setToArchive(null)}
        >
          <p>
            L’organisation n’apparaîtra plus dans les listes ni dans les nouveaux programmes. Son historique
            est conservé et vous pourrez la réactiver.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

export default function Organizations() {
  return <TenantGate>{(tenant) => <OrganizationsScreen tenant={tenant} />}</TenantGate>;
}
