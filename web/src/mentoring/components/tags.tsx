import { authorisationLabels, managerApprovalLabels, pairStatusLabels } from '../labels.ts';
import type { Authorisation, ManagerApproval, PairStatus } from '../types.ts';

// Each status in words; the colour only repeats what the word says.

export function PairStatusTag({ status }: { status: PairStatus }) {
  return <span class={`tag tag--pair-${status}`}>{pairStatusLabels[status] ?? status}</span>;
}

export function AuthorisationTag({ value }: { value: Authorisation }) {
  return <span class={`tag tag--auth-${value}`}>{authorisationLabels[value] ?? value}</span>;
}

export function ApprovalTag({ value }: { value: ManagerApproval }) {
  return <span class={`tag tag--approval-${value}`}>{managerApprovalLabels[value] ?? value}</span>;
}

/** A yes/no verdict written out, with a sign that is not colour: ✓ or ✗. */
export function Verdict({ ok, yes, no }: { ok: boolean; yes: string; no: string }) {
  return (
    <span class={ok ? 'verdict-text verdict-text--ok' : 'verdict-text verdict-text--ko'}>
      <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
      {ok ? yes : no}
    </span>
  );
}
