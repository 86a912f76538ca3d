import { useEffect, useRef } from 'preact/hooks';
import { useAsync } from '../../lib/use-async.ts';

/**
 * `useAsync`, asked again every `intervalMs` while `keepPolling` says the work is not over. A
 * failed poll stops it but keeps the last answer on screen, with the error beside it.
 */
export function usePolled<T>(
  load: () => Promise<T>,
  deps: unknown[],
  keepPolling: (data: T) => boolean,
  intervalMs = 1200,
) {
  const state = useAsync(load, deps);
  const last = useRef<T | undefined>(undefined);
  if (state.data !== undefined) last.current = state.data;
  useEffect(() => {
    if (state.status !== 'ready' || !keepPolling(state.data)) return;
    const timer = setTimeout(state.reload, intervalMs);
    return () => clearTimeout(timer);
  }, [state.status, state.data]);
  return { ...state, data: state.data ?? last.current };
}
