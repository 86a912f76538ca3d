import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RoleGate, tenantBase } from '../../conventions/access.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { ecosystemApi } from '../api.ts';
import { ActorTable } from './actor-table.tsx';
import { CommuneMap } from './commune-map.tsx';
import { DiagnosisSummary, Gaps } from './diagnosis-summary.tsx';

function EcosystemScreen({ tenant }: { tenant: Tenant }) {
  const loaded = useAsync(
    () => Promise.all([ecosystemApi.diagnosis(tenant.slug), ecosystemApi.mapSettings(tenant.slug)]),
    [tenant.slug],
  );
  const [diagnosis, settings] = loaded.data ?? [];

  return (
    <>
      <PageHeading title="Écosystème et diagnostic du territoire" />
      <p class="lead">
        Les acteurs de {tenant.name} — associations, entreprises, clubs d’entreprises, établissements
        scolaires, services — ce qu’ils font et pour qui, les programmes qui touchent chaque commune et chaque
        établissement, et les établissements REP et REP+ qu’aucun programme n’atteint encore.
      </p>
      {loaded.status === 'error' ? <Notice tone="error">{loaded.error.message}</Notice> : null}
      {loaded.status === 'loading' && !diagnosis ? <Loading label="Chargement du diagnostic…" /> : null}
      {diagnosis && settings ? (
        <>
          <DiagnosisSummary diagnosis={diagnosis} />
          <Gaps diagnosis={diagnosis} />
          <CommuneMap
            diagnosis={diagnosis}
            settings={settings}
            settingsHref={`${tenantBase(tenant)}/ecosysteme/fond-de-carte`}
          />
          <ActorTable diagnosis={diagnosis} csvUrl={ecosystemApi.actorsCsvUrl(tenant.slug)} />
        </>
      ) : null}
    </>
  );
}

export default function Ecosystem() {
  return <RoleGate roles={['tenant_admin']}>{(tenant) => <EcosystemScreen tenant={tenant} />}</RoleGate>;
}
