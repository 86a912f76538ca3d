import { Header } from './components/header.tsx';
import { lazy } from './components/lazy.tsx';
import { Loading } from './components/notice.tsx';
import { conventionRoutes } from './conventions/routes.tsx';
import { discoveryRoutes } from './discovery/routes.tsx';
import { ecosystemRoutes } from './ecosystem/routes.tsx';
import { indicatorsRoutes } from './indicators/routes.tsx';
import {
  type Session,
  SessionContext,
  TenantContext,
  useSessionLoader,
  useTenantLoader,
} from './lib/session.tsx';
import { mentoringRoutes } from './mentoring/routes.tsx';
import { publicRoutes } from './public/routes.tsx';
import { replicationRoutes } from './replication/routes.tsx';
import type { Route } from './route.ts';
import { matchPath, Redirect, useLocation } from './router.tsx';
import { HomeRedirect } from './screens/home-redirect.tsx';
import { NotFound } from './screens/not-found.tsx';
import { ServiceError } from './screens/service-error.tsx';
import { SignIn } from './screens/sign-in.tsx';
import { TenantHome } from './screens/tenant-home.tsx';

const National = lazy(() => import('./screens/national.tsx'));
const Organizations = lazy(() => import('./screens/organizations.tsx'));
const DevOutbox = lazy(() => import('./screens/dev-outbox.tsx'));

const platformRoutes: Route[] = [
  { pattern: '/', signedIn: false, render: () => <HomeRedirect /> },
  { pattern: '/connexion', signedIn: false, render: () => <SignIn /> },
  { pattern: '/dev/boite-mail', signedIn: false, render: () => <DevOutbox /> },
  { pattern: '/national', signedIn: true, render: () => <National /> },
  { pattern: '/t/:tenant', signedIn: true, render: () => <TenantHome /> },
  { pattern: '/t/:tenant/organisations', signedIn: true, render: () => <Organizations /> },
];

// Each product area declares its own routes, so areas grow without editing one shared list.
const routes: Route[] = [
  ...platformRoutes,
  ...conventionRoutes,
  ...mentoringRoutes,
  ...discoveryRoutes,
  ...ecosystemRoutes,
  ...publicRoutes,
  ...replicationRoutes,
  ...indicatorsRoutes,
];

function findRoute(path: string) {
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return null;
}

function Content({ path, session }: { path: string; session: Session }) {
  const found = findRoute(path);
  if (!found) return <NotFound />;
  if (found.route.signedIn) {
    if (session.status === 'error') return <ServiceError error={session.error} />;
    if (session.data === undefined) return <Loading />;
    if (session.data === null) {
      const back = encodeURIComponent(location.pathname + location.search);
      return <Redirect to={`/connexion?retour=${back}`} />;
    }
  }
  return found.route.render(found.params);
}

export function App() {
  const { path } = useLocation();
  const session = useSessionLoader();
  const tenantSlug = findRoute(path)?.params.tenant;
  const tenant = useTenantLoader(session.data ? tenantSlug : undefined);

  return (
    <SessionContext.Provider value={session}>
      <TenantContext.Provider value={tenant}>
        <a class="skip-link" href="#contenu">
          Aller au contenu
        </a>
        <Header path={path} />
        <main id="contenu" tabIndex={-1} class="container site-main">
          <Content key={path} path={path} session={session} />
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>Passerelle — mentorat et stages de découverte pour les collectivités.</p>
          </div>
        </footer>
      </TenantContext.Provider>
    </SessionContext.Provider>
  );
}
