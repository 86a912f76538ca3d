import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { plural } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Link } from '../../router.tsx';
import { RoleGate, tenantBase } from '../access.tsx';
import { conventionsApi } from '../api.ts';
import { FlashNotice } from '../components/flash-notice.tsx';
import { useFlash } from '../components/use-flash.ts';
import { templateKindLabels, templateStatusLabels } from '../labels.ts';
import type { Template } from '../types.ts';

function TemplatesScreen({ tenant }: { tenant: Tenant }) {
  const base = `${tenantBase(tenant)}/modeles`;
  const list = useAsync(() => conventionsApi.templates(tenant.slug), [tenant.slug]);
  const flash = useFlash();
  const [busy, setBusy] = useState(false);

  const setStatus = async (template: Template, status: Template['status']) => {
    setBusy(true);
    try {
      await conventionsApi.updateTemplate(tenant.slug, template.id, { status });
      flash.announce({
        tone: 'success',
        text:
          status === 'archived'
            ? `« ${template.name} » est archivé : il n’est plus proposé pour les nouvelles conventions.`
            : `« ${template.name} » est de nouveau en service.`,
      });
    } catch (error) {
      flash.announce({ tone: 'error', text: (error as ApiError).message });
    } finally {
      setBusy(false);
      list.reload();
    }
  };

  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeading title="Modèles de convention" />
      <p class="lead">
        Le texte type de chaque programme : articles, engagements proposés, durée et signataires. Chaque
        modification crée une nouvelle version ; les conventions déjà envoyées gardent la leur.
      </p>
      <FlashNotice flash={flash} />
      <p>
        <Link href={`${base}/nouveau`} class="button">
          Nouveau modèle
        </Link>
      </p>
      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {list.data ? (
        <>
          <p role="status" class="result-count">
            {items.length ? plural(items.length, 'modèle', 'modèles') : 'Aucun modèle pour le moment.'}
          </p>
          {items.length ? (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">Modèles de convention</caption>
                <thead>
                  <tr>
                    <th scope="col">Nom</th>
                    <th scope="col">Type</th>
                    <th scope="col">Version</th>
                    <th scope="col">Parcours d’engagement</th>
                    <th scope="col">Statut</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((template) => (
                    <tr key={template.id} class={template.status === 'archived' ? 'is-archived' : undefined}>
                      <th scope="row">
                        <Link href={`${base}/${encodeURIComponent(template.id)}`}>{template.name}</Link>
                        {template.description ? (
                          <span class="muted block">{template.description}</span>
                        ) : null}
                      </th>
                      <td>{templateKindLabels[template.kind] ?? template.kind}</td>
                      <td class="nowrap">Version {template.currentVersion}</td>
                      <td>{template.isPublic ? 'Proposé' : 'Non proposé'}</td>
                      <td class="nowrap">
                        <span class={template.status === 'archived' ? 'tag tag--muted' : 'tag'}>
                          {templateStatusLabels[template.status] ?? template.status}
                        </span>
                      </td>
                      <td>
                        <div class="row-actions__inner">
                          <Link href={`${base}/${encodeURIComponent(template.id)}`}>
                            Modifier<span class="visually-hidden"> « {template.name} »</span>
                          </Link>
                          {template.status === 'archived' ? (
                            <button
                              type="button"
                              class="link-button"
                              disabled={busy}
                              onClick={() => setStatus(template, 'active')}
                            >
                              Remettre en service<span class="visually-hidden"> « {template.name} »</span>
                            </button>
                          ) : (
                            <button
                              type="button"
                              class="link-button"
                              disabled={busy}
                              onClick={() => setStatus(template, 'archived')}
                            >
                              Archiver<span class="visually-hidden"> « {template.name} »</span>
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p class="empty-state">
              Créez le premier modèle : il servira de base à toutes les conventions de ce programme.
            </p>
          )}
        </>
      ) : null}
    </>
  );
}

export default function Templates() {
  return <RoleGate roles={['tenant_admin']}>{(tenant) => <TemplatesScreen tenant={tenant} />}</RoleGate>;
}
