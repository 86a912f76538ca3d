import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { Link, navigate } from '../../router.tsx';
import { NotFound } from '../../screens/not-found.tsx';
import { RoleGate, tenantBase } from '../access.tsx';
import { conventionsApi } from '../api.ts';
import { setFlash } from '../flash.ts';
import type { Convention } from '../types.ts';
import { ConventionForm } from './convention-form.tsx';
import { toEditInput, valuesFrom, versionOf } from './convention-new-values.ts';

function EditForm({ tenant, convention }: { tenant: Tenant; convention: Convention }) {
  const detail = `${tenantBase(tenant)}/conventions/${encodeURIComponent(convention.id)}`;
  const template = versionOf(convention);
  return (
    <ConventionForm
      tenant={tenant}
      fixed={{
        template,
        templateLabel: `${convention.templateVersion.title}, version ${convention.templateVersion.version}`,
        partner: convention.partner,
      }}
      initial={{
        values: valuesFrom(template, convention, { title: true }),
        partner: convention.partner,
        operator: convention.operator ?? null,
      }}
      label="Corriger le brouillon"
      submitLabel="Enregistrer les corrections"
      cancelHref={detail}
      onSave={async (save) => {
        const before = convention.trail.length;
        const saved = await conventionsApi.editConvention(tenant.slug, convention.id, toEditInput(save));
        setFlash(
          saved.trail.length > before
            ? 'Le brouillon est corrigé. Le journal de signature garde la trace des champs modifiés.'
            : 'Aucune modification : le brouillon est inchangé.',
        );
        navigate(detail);
      }}
    />
  );
}

function EditScreen({ tenant, id }: { tenant: Tenant; id: string }) {
  const loaded = useAsync(() => conventionsApi.convention(tenant.slug, id), [tenant.slug, id]);
  const detail = `${tenantBase(tenant)}/conventions/${encodeURIComponent(id)}`;
  if (loaded.status === 'error' && loaded.error.status === 404) return <NotFound />;
  const convention = loaded.data;
  return (
    <>
      <p class="breadcrumb">
        <Link href={detail}>
          <span aria-hidden="true">← </span>
          {convention?.title ?? 'Convention'}
        </Link>
      </p>
      <PageHeading title="Corriger le brouillon" />
      {loaded.status === 'error' ? <Notice tone="error">{loaded.error.message}</Notice> : null}
      {!convention && loaded.status === 'loading' ? <Loading /> : null}
      {convention && convention.status !== 'draft' ? (
        <Notice tone="info">
          Une convention envoyée ne se modifie plus : le document envoyé aux signataires est figé.{' '}
          <Link href={detail}>Revenir à la convention</Link>
        </Notice>
      ) : null}
      {convention?.status === 'draft' ? (
        <>
          <p class="lead">
            Tant qu’il n’est pas envoyé, le brouillon se corrige ici. Le journal de signature note quels
            champs ont changé, sans leurs valeurs.
          </p>
          <EditForm tenant={tenant} convention={convention} />
        </>
      ) : null}
    </>
  );
}

export default function ConventionEdit({ id }: { id: string }) {
  return <RoleGate roles={['tenant_admin']}>{(tenant) => <EditScreen tenant={tenant} id={id} />}</RoleGate>;
}
