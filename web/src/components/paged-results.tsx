import type { ComponentChildren } from 'preact';
import type { AsyncState } from '../lib/use-async.ts';
import { Loading, Notice } from './notice.tsx';
import { Pagination } from './pagination.tsx';

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

type Props<T> = {
  state: AsyncState<Page<T>>;
  /** The count read out when it changes: "12 modèles", or why there is none. */
  count: (total: number) => string;
  countClass?: string;
  /** Under the count when nothing is found: an empty state, a way to clear the filters. */
  empty?: ComponentChildren;
  /** The name of the pagination landmark. */
  pagesLabel: string;
  onPage: (page: number) => void;
  children: (items: T[], page: number) => ComponentChildren;
};

/**
 * A page of a list read from the server: a failure, the first load, then the count in a live
 * region, the items and the pagination. A new page keeps the previous one on screen until it comes.
 */
export function PagedResults<T>({ state, count, countClass, empty, pagesLabel, onPage, children }: Props<T>) {
  const data = state.data;
  return (
    <>
      {state.status === 'error' ? <Notice tone="error">{state.error.message}</Notice> : null}
      {state.status === 'loading' && !data ? <Loading /> : null}
      {data ? (
        <>
          <p role="status" class={countClass}>
            {count(data.total)}
          </p>
          {data.total ? null : empty}
          {data.items.length ? children(data.items, data.page) : null}
          <Pagination
            label={pagesLabel}
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onPage={onPage}
          />
        </>
      ) : null}
    </>
  );
}
