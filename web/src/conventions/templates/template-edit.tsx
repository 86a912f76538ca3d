import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { formatDateTime } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Link, navigate } from '../../router.tsx';
import { NotFound } from '../../screens/not-found.tsx';
import { RoleGate, tenantBase } from '../access.tsx';
import { conventionsApi } from '../api.ts';
import { setFlash } from '../flash.ts';
import type { Template } from '../types.ts';
import { TemplateForm } from './template-form.tsx';

const savedMessage: Record<string, (t: Template) => string> = {
  created: (t) => `Le modèle « ${t.name} » est créé.`,
  'new-version': (t) =>
    `Le modèle « ${t.name} » est enregistré en version ${t.currentVersion}. Les conventions déjà envoyées gardent leur version.`,
  'card-only': (t) => `La fiche du modèle « ${t.name} » est enregistrée ; son texte n’a pas changé.`,
  unchanged: (t) => `Aucune modification du modèle « ${t.name} ».`,
};

function TemplateEditScreen({ tenant, id }: { tenant: Tenant; id: string | undefined }) {
  const back = `${tenantBase(tenant)}/modeles`;
  const loaded = useAsync(
    () => (id ? conventionsApi.template(tenant.slug, id) : Promise.resolve(undefined)),
    [tenant.slug, id],
  );
  if (loaded.status === 'error') {
    if (loaded.error.status === 404) return <NotFound />;
    return (
      <>
        <PageHeading title="Modèle de convention" />
        <Notice tone="error">{loaded.error.message}</Notice>
      </>
    );
  }
  if (loaded.status === 'loading') return <Loading />;
  const template = loaded.data;
  const title = template ? `Modifier « ${template.name} »` : 'Nouveau modèle de convention';

  return (
    <>
      <p class="breadcrumb">
        <Link href={back}>
          <span aria-hidden="true">← </span>Modèles de convention
        </Link>
      </p>
      <PageHeading title={title} />
      {template?.versions?.length ? (
        <details class="versions">
          <summary>Version {template.currentVersion} en service — historique des versions</summary>
          <ul>
            {template.versions.map((v) => (
              <li key={v.version}>
                Version {v.version}, créée le {formatDateTime(v.createdAt)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <TemplateForm
        tenantSlug={tenant.slug}
        template={template}
        onCancel={() => navigate(back)}
        onSaved={(saved, outcome) => {
          setFlash(savedMessage[outcome]!(saved));
          navigate(back);
        }}
      />
    </>
  );
}

export default function TemplateEdit({ id }: { id?: string }) {
  return (
    <RoleGate roles={['tenant_admin']}>{(tenant) => <TemplateEditScreen tenant={tenant} id={id} />}</RoleGate>
  );
}
