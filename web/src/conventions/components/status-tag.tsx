import { conventionStatusLabels } from '../labels.ts';
import type { ConventionStatus } from '../types.ts';

/** The status in words; colour only repeats what the text says. */
export function StatusTag({ status }: { status: ConventionStatus }) {
  return <span class={`tag tag--${status}`}>{conventionStatusLabels[status] ?? status}</span>;
}
