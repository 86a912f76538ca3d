import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type ApiError, api } from '../api/client.ts';
import type { Me, Tenant } from '../api/types.ts';
import { type AsyncState, useAsync } from './use-async.ts';

/** `me` is null when signed out (the API answered 401); an ApiError is kept for other failures. */
export type Session = AsyncState<Me | null> & { reload: () => void };

export async function loadMe(): Promise<Me | null> {
  try {
    return await api.me();
  } catch (error) {
    if ((error as ApiError).status === 401) return null;
    throw error;
  }
}

export function useSessionLoader(): Session {
  return useAsync(loadMe, []);
}

export const SessionContext = createContext<Session>({ status: 'loading', reload: () => {} });

export function useSession(): Session {
  return useContext(SessionContext);
}

export type TenantState = (AsyncState<Tenant> & { slug: string }) | null;

export function useTenantLoader(slug: string | undefined): TenantState {
  const state = useAsync(() => (slug ? api.tenant(slug) : Promise.resolve(null)), [slug]);
  if (!slug) return null;
  // While another tenant loads, its predecessor's name and colour must not linger.
  if (state.data && state.data.slug !== slug) return { status: 'loading', slug };
  return { ...(state as AsyncState<Tenant>), slug };
}

export const TenantContext = createContext<TenantState>(null);

export function useTenant(): TenantState {
  return useContext(TenantContext);
}

/** Where a signed-in person lands from `/`. */
export function homePath(me: Me): string | null {
  if (me.isNationalAdmin) return '/national';
  const first = me.memberships[0];
  return first ? `/t/${encodeURIComponent(first.tenant.slug)}` : null;
}
