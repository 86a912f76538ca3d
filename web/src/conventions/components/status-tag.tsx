import { conventionStatusLabels } from '../labels.ts';
import type { ConventionStatus } from '../types.ts';

// A withdrawn convention binds nobody: greyed like a draft, with the shared muted tag.
const extra: Partial<Record<ConventionStatus, string>> = { withdrawn: ' tag--muted' };

/** The status in words; colour only repeats what the text says. */
export function StatusTag({ status }: { status: ConventionStatus }) {
  return (
    <span class={`tag tag--${status}${extra[status] ?? ''}`}>{conventionStatusLabels[status] ?? status}</span>
  );
}
