import type { Me, Tenant } from '../api/types.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { TenantGate } from '../components/tenant-gate.tsx';
import { roleLabels, tenantKindLabels } from '../lib/labels.ts';
import { useSession } from '../lib/session.tsx';
import { Link } from '../router.tsx';

function TenantHomeContent({ tenant, me }: { tenant: Tenant; me: Me | null | undefined }) {
  const base = `/t/${encodeURIComponent(tenant.slug)}`;
  const others = (me?.memberships ?? []).filter((m) => m.tenant.slug !== tenant.slug);
  return (
    <>
      <PageHeading title={tenant.name} />
      <dl class="facts">
        <div>
          <dt>{(tenant.roles?.length ?? 1) > 1 ? 'Vos rôles' : 'Votre rôle'}</dt>
          <dd>{(tenant.roles ?? [tenant.role]).map((role) => roleLabels[role] ?? role).join(', ')}</dd>
        </div>
        <div>
          <dt>Type de collectivité</dt>
          <dd>{tenantKindLabels[tenant.kind] ?? tenant.kind}</dd>
        </div>
      </dl>
      <h2>Dans cet espace</h2>
      <ul class="tiles">
        <li>
          <Link href={`${base}/organisations`}>Organisations</Link>
          <p>Entreprises, associations, établissements scolaires et services partenaires.</p>
        </li>
      </ul>
      {others.length || me?.isNationalAdmin ? (
        <>
          <h2>Vos autres espaces</h2>
          <ul>
            {me?.isNationalAdmin ? (
              <li>
                <Link href="/national">Coordination nationale</Link>
              </li>
            ) : null}
            {others.map((m) => (
              <li key={m.tenant.slug}>
                <Link href={`/t/${encodeURIComponent(m.tenant.slug)}`}>{m.tenant.name}</Link> —{' '}
                {roleLabels[m.role] ?? m.role}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function TenantHome() {
  const session = useSession();
  return <TenantGate>{(tenant) => <TenantHomeContent tenant={tenant} me={session.data} />}</TenantGate>;
}
