import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { homePath, useSession } from '../lib/session.tsx';
import { Redirect } from '../router.tsx';
import { ServiceError } from './service-error.tsx';

/** `/` has no page of its own: it sends each person where they work. */
export function HomeRedirect() {
  const session = useSession();
  if (session.status === 'error') return <ServiceError error={session.error} />;
  if (session.data === undefined) return <Loading />;
  if (session.data === null) return <Redirect to="/connexion" />;
  const target = homePath(session.data);
  if (target) return <Redirect to={target} />;
  return (
    <>
      <PageHeading title="Aucun espace disponible" />
      <p>
        Vous êtes connecté·e, mais aucun espace de collectivité ne vous est encore ouvert. Demandez une
        invitation à la coordination de votre collectivité.
      </p>
    </>
  );
}
