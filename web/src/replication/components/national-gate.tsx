import type { ComponentChildren } from 'preact';
import { Loading } from '../../components/notice.tsx';
import { useSession } from '../../lib/session.tsx';
import { NotFound } from '../../screens/not-found.tsx';

/** A national coordination screen: to anyone else it does not exist, as the API answers. */
export function NationalGate({ children }: { children: () => ComponentChildren }) {
  const session = useSession();
  if (!session.data) return <Loading />;
  return session.data.isNationalAdmin ? <>{children()}</> : <NotFound />;
}
