import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { Link, navigate, useLocation } from '../../router.tsx';
import { RoleGate, tenantBase } from '../access.tsx';
import { conventionsApi } from '../api.ts';
import { setFlash } from '../flash.ts';
import type { Convention, Template } from '../types.ts';
import { ConventionForm } from './convention-form.tsx';
import { toInput, valuesFor, valuesFrom } from './convention-new-values.ts';

/** The form, empty or pre-filled from `source` (a withdrawn convention the admin starts again from). */
function NewConventionForm({
  tenant,
  templates,
  source,
}: {
  tenant: Tenant;
  templates: Template[];
  source: Convention | null;
}) {
  const base = `${tenantBase(tenant)}/conventions`;
  const sourceTemplate = source && templates.find((t) => t.id === source.templateVersion.templateId);
  const values = sourceTemplate
    ? { ...valuesFrom(sourceTemplate, source), templateId: sourceTemplate.id }
    : valuesFor(undefined, source ? { startDate: source.startDate } : {});
  return (
    <>
      {source && !sourceTemplate ? (
        <Notice tone="info">
          Le modèle de la convention d’origine n’est plus en service : choisissez un modèle, puis complétez
          les engagements et les signataires.
        </Notice>
      ) : null}
      <ConventionForm
        tenant={tenant}
        templates={templates}
        initial={{ values, partner: source?.partner ?? null, operator: source?.operator ?? null }}
        label="Nouvelle convention"
        submitLabel="Créer le brouillon"
        cancelHref={source ? `${base}/${encodeURIComponent(source.id)}` : base}
        onSave={async (save) => {
          const created = await conventionsApi.createConvention(tenant.slug, toInput(save));
          setFlash('Le brouillon de convention est créé. Relisez-le puis envoyez-le pour signature.');
          navigate(`${base}/${encodeURIComponent(created.id)}`);
        }}
      />
    </>
  );
}

function NewConventionScreen({ tenant }: { tenant: Tenant }) {
  const from = useLocation().query.get('depuis');
  const loaded = useAsync(
    async () => ({
      templates: (await conventionsApi.templates(tenant.slug)).items.filter((t) => t.status === 'active'),
      source: from ? await conventionsApi.convention(tenant.slug, from) : null,
    }),
    [tenant.slug, from],
  );
  const active = loaded.data?.templates ?? [];
  const base = `${tenantBase(tenant)}`;
  return (
    <>
      <p class="breadcrumb">
        <Link href={`${base}/conventions`}>
          <span aria-hidden="true">← </span>Conventions
        </Link>
      </p>
      <PageHeading title="Nouvelle convention" />
      <p class="lead">
        {loaded.data?.source
          ? `Préremplie à partir de la convention ${loaded.data.source.id} (${loaded.data.source.title}) : vérifiez chaque champ avant de créer le brouillon.`
          : 'La convention est d’abord un brouillon : vous l’envoyez pour signature quand elle est prête.'}
      </p>
      {loaded.status === 'error' ? <Notice tone="error">{loaded.error.message}</Notice> : null}
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'ready' && !active.length ? (
        <Notice tone="info">
          Aucun modèle en service.{' '}
          <Link href={`${base}/modeles/nouveau`}>Créez d’abord un modèle de convention</Link>.
        </Notice>
      ) : null}
      {loaded.status === 'ready' && active.length ? (
        <NewConventionForm tenant={tenant} templates={active} source={loaded.data.source} />
      ) : null}
    </>
  );
}

export default function NewConvention() {
  return <RoleGate roles={['tenant_admin']}>{(tenant) => <NewConventionScreen tenant={tenant} />}</RoleGate>;
}
