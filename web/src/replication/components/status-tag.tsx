import { itemStatusLabels, runStatusLabels, templateStatusLabels } from '../labels.ts';
import type { ItemStatus, RunStatus, TemplateStatus } from '../types.ts';

// Each status in words, with a sign that is not colour; the colour only repeats it.

const signs: Record<string, string> = {
  done: '✓',
  already: '✓',
  ready: '✓',
  published: '✓',
  failed: '✗',
  running: '…',
  queued: '…',
  pending: '…',
};

function Tag({ tone, text, status }: { tone: string; text: string; status: string }) {
  const sign = signs[status];
  return (
    <span class={`tag tag--${tone}`}>
      {sign ? <span aria-hidden="true">{sign} </span> : null}
      {text}
    </span>
  );
}

const toneOf = (status: string) =>
  status === 'failed'
    ? 'danger'
    : status === 'done' || status === 'already' || status === 'published'
      ? 'ok'
      : 'muted';

export function StatusTag({ status }: { status: TemplateStatus }) {
  return <Tag tone={toneOf(status)} status={status} text={templateStatusLabels[status] ?? status} />;
}

export function RunStatusTag({ status }: { status: RunStatus }) {
  return <Tag tone={toneOf(status)} status={status} text={runStatusLabels[status] ?? status} />;
}

export function ItemStatusTag({ status }: { status: ItemStatus }) {
  return <Tag tone={toneOf(status)} status={status} text={itemStatusLabels[status] ?? status} />;
}
