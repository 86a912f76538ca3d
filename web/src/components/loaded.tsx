import type { ComponentChildren } from 'preact';
import { type AsyncState, useAsync } from '../lib/use-async.ts';
import { NotFound } from '../screens/not-found.tsx';
import { Loading, Notice } from './notice.tsx';
import { PageHeading } from './page-heading.tsx';

type Props<T> = {
  state: AsyncState<T>;
  /** The page's title when the resource could not be read. */
  title: string;
  children: (data: T) => ComponentChildren;
};

/**
 * The screen of one resource read by `useAsync`: an unknown (or another tenant's) id is the same 404
 * as the API's, a failure is said under the page's title, and the resource is shown once read.
 */
export function Loaded<T>({ state, title, children }: Props<T>) {
  if (state.status === 'error' && state.error.status === 404) return <NotFound />;
  if (state.status === 'error' && state.data === undefined) {
    return (
      <>
        <PageHeading title={title} />
        <Notice tone="error">{state.error.message}</Notice>
      </>
    );
  }
  if (state.data === undefined) return <Loading />;
  return <>{children(state.data)}</>;
}

type LoadProps<T> = {
  load: () => Promise<T>;
  /** What `load` depends on, as with `useAsync`. */
  deps: unknown[];
  title: string;
  children: (data: T, reload: () => void) => ComponentChildren;
};

/** Reads one resource and shows it through `Loaded`; `reload` reads it again after a change. */
export function Load<T>({ load, deps, title, children }: LoadProps<T>) {
  const state = useAsync(load, deps);
  return (
    <Loaded state={state} title={title}>
      {(data) => children(data, state.reload)}
    </Loaded>
  );
}
