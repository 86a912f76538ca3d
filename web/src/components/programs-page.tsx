import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { plural } from '../lib/labels.ts';
import type { AsyncState } from '../lib/use-async.ts';
import { Loading, Notice } from './notice.tsx';
import { PageHeading } from './page-heading.tsx';

/**
 * An area's list of programs (mentoring, Pass'3e): the table once there is one, the creation form
 * opened on demand — or at once when there is none yet — and the focus moved to it and back.
 * `formTitleId` is the id of the form's heading; the form gets `onCancel` only when it can close.
 */
export function ProgramsPage<P>(props: {
  title: string;
  lead: ComponentChildren;
  list: AsyncState<{ items: P[] }>;
  table: (programs: P[]) => ComponentChildren;
  form: (onCancel: (() => void) | undefined) => ComponentChildren;
  formTitleId: string;
  openerId: string;
}) {
  const { list } = props;
  const [opened, setOpened] = useState(false);
  const programs = list.data?.items ?? [];
  const showForm = opened || (list.status === 'ready' && !programs.length);
  const focus = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const open = () => {
    setOpened(true);
    focus(props.formTitleId);
  };
  const close = () => {
    setOpened(false);
    focus(props.openerId);
  };

  return (
    <>
      <PageHeading title={props.title} />
      <p class="lead">{props.lead}</p>
      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {programs.length ? (
        <>
          <p class="result-count">{plural(programs.length, 'programme', 'programmes')}</p>
          {props.table(programs)}
        </>
      ) : list.status === 'ready' ? (
        <p>Aucun programme pour le moment : créez le premier ci-dessous.</p>
      ) : null}
      {programs.length && !showForm ? (
        <p>
          <button type="button" class="button" id={props.openerId} onClick={open}>
            Nouveau programme
          </button>
        </p>
      ) : null}
      {showForm ? props.form(programs.length ? close : undefined) : null}
    </>
  );
}
