import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { publicApi } from '../api.ts';
import { TextAreaField } from '../fields.tsx';

type Props = {
  slug: string;
  token: string;
  tenantName: string;
  onDeclined: () => void;
  onCancel: () => void;
};

const labels = { reason: 'Motif du refus' };

/** Declining asks why, then asks once more: the link will not serve again afterwards. */
export function SigningDecline({ slug, token, tenantName, onDeclined, onCancel }: Props) {
  const form = useForm({ reason: '' });
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  const check = (): FieldErrors => {
    const reason = form.values.reason.trim();
    if (!reason) return { reason: 'Indiquez pourquoi vous refusez de signer.' };
    if (reason.length > 1000) return { reason: '1 000 caractères au plus.' };
    return {};
  };

  const decline = () => {
    setConfirming(false);
    return form.submit(check, async () => {
      await publicApi.decline(slug, token, form.values.reason.trim());
      onDeclined();
    });
  };

  return (
    <form
      class="card"
      noValidate
      aria-labelledby="refus-titre"
      onSubmit={(event) => {
        event.preventDefault();
        // The same checks first, so the dialog never opens over a form with an error.
        if (!form.submitting) void form.submit(check, async () => setConfirming(true));
      }}
    >
      <h2 id="refus-titre" ref={headingRef} tabIndex={-1}>
        Refuser de signer
      </h2>
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={form.errors}
        message={form.message}
        labels={labels}
        idFor={(field) => `refus-${field}`}
      />
      <TextAreaField
        id="refus-reason"
        label={labels.reason}
        hint={`Il sera transmis à ${tenantName}. 1 000 caractères au plus.`}
        required
        maxLength={1000}
        value={form.values.reason}
        onValue={form.set('reason')}
        error={form.errors.reason}
      />
      <div class="actions">
        <button
          type="submit"
          class="button button--danger"
          aria-disabled={form.submitting ? 'true' : undefined}
        >
          Refuser la convention
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          Revenir à la signature
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title="Refuser définitivement cette convention ?"
          confirmLabel="Confirmer le refus"
          cancelLabel="Ne pas refuser"
          onConfirm={decline}
          onCancel={() => setConfirming(false)}
        >
          <p>
            Votre refus et son motif seront transmis à {tenantName}. Ce lien ne servira plus : si vous changez
            d’avis, il faudra demander un nouvel envoi de la convention.
          </p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
