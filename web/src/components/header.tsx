import { useState } from 'preact/hooks';
import { signOut } from '../api/auth.ts';
import { conventionNav } from '../conventions/nav.ts';
import { discoveryNav } from '../discovery/nav.ts';
import { ecosystemNav } from '../ecosystem/nav.ts';
import { indicatorsNav } from '../indicators/nav.ts';
import { brandStyle } from '../lib/contrast.ts';
import { useSession, useTenant } from '../lib/session.tsx';
import { mentoringNav } from '../mentoring/nav.ts';
import { replicationNav } from '../replication/nav.ts';
import type { NavItem } from '../route.ts';
import { Link, navigate } from '../router.tsx';

const within = (path: string, href: string) => path === href || path.startsWith(`${href}/`);
const inSection = (item: NavItem, path: string) => item.section?.some((entry) => within(path, entry.href));

function navItems(
  isNationalAdmin: boolean,
  tenantSlug: string | undefined,
  roles: readonly string[],
): NavItem[] {
  const items: NavItem[] = [];
  if (tenantSlug) {
    const base = `/t/${encodeURIComponent(tenantSlug)}`;
    items.push({ href: base, label: 'Accueil' }, { href: `${base}/organisations`, label: 'Organisations' });
    items.push(...conventionNav(base, roles));
    items.push(...mentoringNav(base, roles));
    items.push(...discoveryNav(base, roles));
    items.push(...ecosystemNav(base, roles));
  }
  if (isNationalAdmin) items.push({ href: '/national', label: 'Coordination nationale' });
  items.push(...replicationNav(tenantSlug, roles, isNationalAdmin));
  items.push(...indicatorsNav(tenantSlug, roles, isNationalAdmin));
  return items;
}

export function Header({ path }: { path: string }) {
  const session = useSession();
  const tenant = useTenant();
  const [leaving, setLeaving] = useState(false);
  const me = session.data ?? null;
  const tenantData = tenant?.status === 'ready' ? tenant.data : undefined;
  const items = me ? navItems(me.isNationalAdmin, tenantData?.slug, tenantData?.roles ?? []) : [];
  const section = items.find((item) => inSection(item, path));

  const leave = async () => {
    setLeaving(true);
    // Whatever the server answers, the person asked to leave: the sign-in page reflects the truth.
    await signOut().catch(() => undefined);
    session.reload();
    setLeaving(false);
    navigate('/connexion');
  };

  return (
    <header class="site-header" style={brandStyle(tenantData?.brandColor)}>
      <div class="container site-header__inner">
        <p class="site-header__brand">
          <Link href="/">Passerelle</Link>
          {tenantData ? <span class="site-header__tenant">{tenantData.name}</span> : null}
        </p>
        {items.length ? (
          <nav aria-label="Navigation principale" class="site-nav">
            <ul>
              {items.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={path === item.href ? 'page' : inSection(item, path) ? 'true' : undefined}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {me ? (
          <div class="site-header__user">
            <span>{me.identity.name ?? me.identity.email}</span>
            <button type="button" class="button button--on-brand" onClick={leave} disabled={leaving}>
              Se déconnecter
            </button>
          </div>
        ) : null}
      </div>
      {section?.section ? (
        <nav aria-label={section.label} class="container site-nav site-subnav">
          <ul>
            {section.section.map((entry) => (
              <li key={entry.href}>
                <Link href={entry.href} aria-current={path === entry.href ? 'page' : undefined}>
                  {entry.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
