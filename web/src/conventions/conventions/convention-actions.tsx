import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { conventionsApi } from '../api.ts';
import { describedBy } from '../components/fields.tsx';
import type { Convention } from '../types.ts';

type Props = {
  tenantSlug: string;
  convention: Convention;
  /** Once renewed, the page links to the renewal instead of offering a second one. */
  renewed: boolean;
  onDone: (outcome: { tone: 'success' | 'error'; text: string }, renewal?: Convention) => void;
};

type Dialog = 'send' | 'terminate' | null;

/** What the admin can do now, by status: send a draft; terminate or renew an active convention. */
export function ConventionActions({ tenantSlug, convention, renewed, onDone }: Props) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = convention.signers.find((s) => s.status === 'pending');

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setDialog(null);
      onDone({ tone: 'error', text: (error as ApiError).message });
    } finally {
      setBusy(false);
    }
  };

  const send = () =>
    run(async () => {
      await conventionsApi.sendConvention(tenantSlug, convention.id);
      setDialog(null);
      onDone({ tone: 'success', text: 'La convention est envoyée pour signature.' });
    });

  const terminate = () => {
    if (!reason.trim()) {
      setReasonError('Indiquez le motif de la résiliation.');
      document.getElementById('motif-resiliation')?.focus();
      return;
    }
    return run(async () => {
      await conventionsApi.terminateConvention(tenantSlug, convention.id, reason.trim());
      setDialog(null);
      onDone({ tone: 'success', text: 'La convention est résiliée.' });
    });
  };

  const renew = () =>
    run(async () => {
      const renewal = await conventionsApi.renewConvention(tenantSlug, convention.id);
      onDone(
        {
          tone: 'success',
          text: 'Le brouillon de renouvellement est créé, prérempli à partir de la convention précédente.',
        },
        renewal,
      );
    });

  if (convention.status === 'draft') {
    return (
      <div class="status-actions">
        <p>
          Ce brouillon n’est pas encore parti : relisez les engagements et les signataires, puis envoyez-le.
        </p>
        <button type="button" class="button" onClick={() => setDialog('send')} disabled={busy}>
          Envoyer pour signature
        </button>
        {dialog === 'send' ? (
          <ConfirmDialog
            title="Envoyer la convention pour signature ?"
            confirmLabel="Envoyer pour signature"
            cancelLabel="Pas maintenant"
            onConfirm={send}
            onCancel={() => setDialog(null)}
          >
            <p>
              Le document est figé : il ne pourra plus être modifié.{' '}
              {first ? `${first.name} (${first.label}) reçoit son lien de signature par courriel.` : null}
            </p>
          </ConfirmDialog>
        ) : null}
      </div>
    );
  }

  const renewable = !renewed && (convention.status === 'active' || convention.status === 'expired');
  if (renewable || convention.status === 'active') {
    return (
      <div class="status-actions">
        <div class="actions">
          {renewable ? (
            <button type="button" class="button" onClick={renew} disabled={busy}>
              Renouveler
            </button>
          ) : null}
          {convention.status === 'active' ? (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setReason('');
                setReasonError(null);
                setDialog('terminate');
              }}
              disabled={busy}
            >
              Résilier
            </button>
          ) : null}
        </div>
        {dialog === 'terminate' ? (
          <ConfirmDialog
            title="Résilier la convention ?"
            confirmLabel="Résilier la convention"
            onConfirm={terminate}
            onCancel={() => setDialog(null)}
          >
            <p>
              La convention cesse à compter d’aujourd’hui. Le journal de signature garde la trace de la
              résiliation et de son motif.
            </p>
            <div class={reasonError ? 'field field--error' : 'field'}>
              <label for="motif-resiliation">Motif de la résiliation</label>
              <p id="motif-resiliation-aide" class="hint">
                Il figure au journal de signature et sur la fiche de la convention, que le partenaire voit
                aussi.
              </p>
              {reasonError ? (
                <p id="motif-resiliation-erreur" class="field-error">
                  <span class="visually-hidden">Erreur : </span>
                  {reasonError}
                </p>
              ) : null}
              <textarea
                id="motif-resiliation"
                rows={3}
                maxLength={1000}
                value={reason}
                required
                aria-invalid={reasonError ? 'true' : undefined}
                aria-describedby={describedBy('motif-resiliation', 'aide', reasonError ?? undefined)}
                onInput={(event) => setReason(event.currentTarget.value)}
              />
            </div>
          </ConfirmDialog>
        ) : null}
      </div>
    );
  }
  return null;
}
