import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Loaded } from '../../components/loaded.tsx';
import { Notice } from '../../components/notice.tsx';
import { type AsyncState, useAsync } from '../../lib/use-async.ts';

/**
 * `useAsync`, asked again every `intervalMs` while `keepPolling` says the work is not over. A
 * failed poll stops it but keeps the last answer on screen, with the error beside it.
 */
function usePolled<T>(load: () => Promise<T>, deps: unknown[], keepPolling: (data: T) => boolean) {
  const state = useAsync(load, deps);
  const last = useRef<T | undefined>(undefined);
  if (state.data !== undefined) last.current = state.data;
  useEffect(() => {
    if (state.status !== 'ready' || !keepPolling(state.data)) return;
    const timer = setTimeout(state.reload, 1200);
    return () => clearTimeout(timer);
  }, [state.status, state.data]);
  // Spread over the union, `data` loses its tie to `status`: a ready state always has its data.
  return { ...state, data: state.data ?? last.current } as AsyncState<T> & { reload: () => void };
}

type Props<T> = {
  load: () => Promise<T>;
  deps: unknown[];
  /** True while the work goes on in the background: the screen asks again. */
  keepPolling: (data: T) => boolean;
  /** The page's title when nothing could be read. */
  title: string;
  children: (data: T, reload: () => void) => ComponentChildren;
};

/** The screen of background work followed until it ends (a replication run, an onboarding). */
export function PolledScreen<T>({ load, deps, keepPolling, title, children }: Props<T>) {
  const state = usePolled(load, deps, keepPolling);
  return (
    <Loaded state={state} title={title}>
      {(data) => (
        <>
          {children(data, state.reload)}
          {state.status === 'error' ? (
            <Notice tone="error">
              <p>Le suivi s’est interrompu : {state.error.message}</p>
              <p>
                <button type="button" class="button button--secondary" onClick={state.reload}>
                  Reprendre le suivi
                </button>
              </p>
            </Notice>
          ) : null}
        </>
      )}
    </Loaded>
  );
}
