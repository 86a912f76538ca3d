import { formatDay } from '../../conventions/labels.ts';
import type { Mentor } from '../types.ts';
import { ApprovalTag, Verdict } from './tags.tsx';

/** The honorability check in words: never checked, unfavourable, valid until…, or expired. */
export function HonorabilityStatus({ mentor }: { mentor: Mentor }) {
  const check = mentor.honorability;
  if (!check) return <Verdict ok={false} yes="" no="Non contrôlée" />;
  if (!check.verified) {
    return (
      <>
        <Verdict ok={false} yes="" no="Défavorable" />
        <span class="block muted">Contrôle du {formatDay(check.checkedOn)}</span>
      </>
    );
  }
  return mentor.honorabilityValid ? (
    <>
      <Verdict ok yes="Vérifiée" no="" />
      <span class="block muted">Valable jusqu’au {formatDay(check.expiresOn)}</span>
    </>
  ) : (
    <>
      <Verdict ok={false} yes="" no="Expirée" />
      <span class="block muted">Depuis le {formatDay(check.expiresOn)}</span>
    </>
  );
}

export function CharterStatus({ mentor }: { mentor: Mentor }) {
  return mentor.charterSignedAt ? (
    <>
      <Verdict ok yes="Signée" no="" />
      <span class="block muted">Le {formatDay(mentor.charterSignedAt.slice(0, 10))}</span>
    </>
  ) : (
    <Verdict ok={false} yes="" no="Pas encore signée" />
  );
}

export function ApprovalStatus({ mentor }: { mentor: Mentor }) {
  if (!mentor.onWorkTime) return <span class="muted">Hors temps de travail</span>;
  return (
    <>
      <ApprovalTag value={mentor.managerApproval} />
      {mentor.managerEmail ? <span class="block muted">{mentor.managerEmail}</span> : null}
    </>
  );
}

export function LoadStatus({ mentor }: { mentor: Mentor }) {
  return (
    <span class="nowrap">
      {mentor.load} sur {mentor.capacity}
      {mentor.load >= mentor.capacity ? <span class="block muted">Complet</span> : null}
    </span>
  );
}
