import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../api/client.ts';

export type AsyncState<T> =
  | { status: 'loading'; data?: T | undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: T | undefined; error: ApiError };

/** Runs `load` whenever `deps` change; a stale answer never overwrites a newer one. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const latest = useRef(0);

  // The caller lists what `load` depends on, as with useEffect.
  useEffect(() => {
    const run = ++latest.current;
    setState((previous) => ({ status: 'loading', data: previous.data }));
    load().then(
      (data) => run === latest.current && setState({ status: 'ready', data }),
      (error: ApiError) => run === latest.current && setState({ status: 'error', error }),
    );
  }, [...deps, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
