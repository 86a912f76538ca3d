import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { SelectField } from '../../components/field.tsx';
import { formatDay, jobFamilyLabels } from '../labels.ts';
import type { Host } from '../types.ts';

export type MoveTarget = {
  groupId: string;
  groupNumber: number;
  dayIndex: number;
  date: string;
  currentHostId: string | null;
  /** The "Déplacer" button, given the focus back when the dialog closes. */
  returnTo: string;
};

type Props = {
  target: MoveTarget;
  hosts: Host[];
  onMove: (hostId: string) => Promise<void>;
  onClose: () => void;
};

/**
 * Drag-to-adjust without dragging: a group's day goes to another host chosen in a list, then
 * confirmed. The server re-checks the whole plan; a refusal keeps the dialog open with its
 * reasons, and the grid behind it stays as it was.
 */
export function MoveDialog({ target, hosts, onMove, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  const others = hosts.filter((h) => h.id !== target.currentHostId);
  const [hostId, setHostId] = useState(others[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; reasons: string[] } | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  const confirm = async (event: Event) => {
    event.preventDefault();
    if (busy || !hostId) return;
    setBusy(true);
    setRefusal(null);
    try {
      await onMove(hostId);
    } catch (error) {
      const apiError = error as ApiError;
      // A 409 lists each broken rule as `violations.<n>`; its message joins them in one sentence.
      const reasons = Object.values(apiError.fields ?? {});
      setRefusal({ message: apiError.message, reasons });
    } finally {
      setBusy(false);
    }
  };

  const day = formatDay(target.date);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="deplacer-titre"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form noValidate onSubmit={confirm}>
        <h2 id="deplacer-titre">
          Déplacer le groupe {target.groupNumber}, {day}
        </h2>
        {refusal ? (
          <div class="notice notice--error" role="alert" tabIndex={-1} ref={refusalRef}>
            <p>
              <strong>Déplacement refusé : le planning n’a pas changé.</strong>
            </p>
            {refusal.reasons.length ? null : <p>{refusal.message}</p>}
            {refusal.reasons.length ? (
              <ul>
                {refusal.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {others.length ? (
          <SelectField
            id="deplacer-accueillant"
            label="Nouvel accueillant"
            hint="Le planning entier est vérifié à nouveau : capacité, tuteurs présents, un service différent chaque jour."
            required
            options={others.map((h) => ({
              value: h.id,
              label: `${h.name} (${jobFamilyLabels[h.jobFamily] ?? h.jobFamily})`,
            }))}
            value={hostId}
            onValue={setHostId}
          />
        ) : (
          <p>Aucun autre accueillant n’est enregistré dans ce programme.</p>
        )}
        <div class="actions">
          {others.length ? (
            <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
              Confirmer le déplacement
            </button>
          ) : null}
          <button type="button" class="button button--secondary" onClick={onClose}>
            Annuler
          </button>
        </div>
      </form>
    </dialog>
  );
}
