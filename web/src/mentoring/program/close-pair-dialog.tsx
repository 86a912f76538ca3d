import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { RadioGroup, TextAreaField } from '../../conventions/components/fields.tsx';
import { mentoringApi } from '../api.ts';
import { closeOutcomeLabels } from '../labels.ts';
import type { PairView } from '../types.ts';
import { pairTitle } from './proposal-card.tsx';

type Props = {
  tenantSlug: string;
  pair: PairView;
  onClosed: (pair: PairView) => void;
  onCancel: () => void;
};

const outcomes = Object.entries(closeOutcomeLabels).map(([value, label]) => ({ value, label }));

/** Ends a pair: how it ended and why, both kept with the pair's history. */
export function ClosePairDialog({ tenantSlug, pair, onClosed, onCancel }: Props) {
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; reason?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (busy) return;
    const found: typeof errors = {};
    if (!outcome) found.outcome = 'Indiquez comment le binôme se termine.';
    if (!reason.trim()) found.reason = 'Indiquez le motif.';
    setErrors(found);
    if (found.outcome || found.reason) {
      document.getElementById(found.outcome ? 'cloture-outcome' : 'cloture-reason')?.focus();
      return;
    }
    setBusy(true);
    try {
      await mentoringApi.closePair(tenantSlug, pair.id, {
        outcome: outcome as 'completed' | 'stopped',
        reason: reason.trim(),
      });
      onClosed(pair);
    } catch (error) {
      const apiError = error as ApiError;
      setErrors({
        outcome: apiError.fields.outcome,
        reason: apiError.fields.reason,
        form: apiError.fields.outcome || apiError.fields.reason ? undefined : apiError.message,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      title={`Clore le binôme ${pairTitle(pair)} ?`}
      confirmLabel="Clore le binôme"
      cancelLabel="Ne pas clore"
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <p>Le mentor ne pourra plus y noter de rencontre. L’historique du binôme est conservé.</p>
      {errors.form ? (
        <p class="field-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <RadioGroup
        id="cloture-outcome"
        legend="Issue"
        options={outcomes}
        value={outcome}
        onValue={setOutcome}
        error={errors.outcome}
      />
      <TextAreaField
        id="cloture-reason"
        label="Motif"
        hint="Par exemple « Fin de l’année scolaire » ou « Déménagement du jeune »."
        required
        rows={3}
        maxLength={500}
        value={reason}
        onValue={setReason}
        error={errors.reason}
      />
    </ConfirmDialog>
  );
}
