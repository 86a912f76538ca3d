import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Link } from '../../router.tsx';
import { conventionsApi } from '../api.ts';
import type { Convention } from '../types.ts';
import { ReasonDialog } from './reason-dialog.tsx';

type Props = {
  tenantSlug: string;
  convention: Convention;
  /** `/t/:tenant/conventions`: where the edit form and a new draft live. */
  base: string;
  /** Once renewed, the page links to the renewal instead of offering a second one. */
  renewed: boolean;
  onDone: (outcome: { tone: 'success' | 'error'; text: string }, renewal?: Convention) => void;
};

type Dialog = 'send' | 'terminate' | 'withdraw' | null;

/**
 * What the admin can do now, by status: send, correct or withdraw a draft; withdraw a convention
 * nobody has signed yet; terminate or renew an active one; start again from a withdrawn one.
 */
export function ConventionActions({ tenantSlug, convention, base, renewed, onDone }: Props) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const first = convention.signers.find((s) => s.status === 'pending');
  const link = `${base}/${encodeURIComponent(convention.id)}`;

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

  const terminate = (reason: string) =>
    run(async () => {
      await conventionsApi.terminateConvention(tenantSlug, convention.id, reason);
      setDialog(null);
      onDone({ tone: 'success', text: 'La convention est résiliée.' });
    });

  const withdraw = (reason: string) =>
    run(async () => {
      await conventionsApi.withdrawConvention(tenantSlug, convention.id, reason);
      setDialog(null);
      onDone({
        tone: 'success',
        text:
          convention.status === 'sent'
            ? 'La convention est retirée : ses liens de signature ne fonctionnent plus et les signataires déjà invités sont prévenus par courriel.'
            : 'Le brouillon est retiré. Il reste consultable avec le filtre « Retirée ».',
      });
    });

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

  const withdrawButton = (
    <button
      type="button"
      class="button button--secondary"
      onClick={() => setDialog('withdraw')}
      disabled={busy}
    >
      Retirer
    </button>
  );
  const invited = convention.signers.filter(
    (s) => s.status === 'pending' && convention.awaiting.includes(s.label),
  );
  const withdrawDialog =
    dialog === 'withdraw' ? (
      <ReasonDialog
        id="motif-retrait"
        title={
          convention.status === 'draft' ? 'Retirer ce brouillon ?' : 'Retirer la convention de la signature ?'
        }
        confirmLabel="Retirer la convention"
        label="Motif du retrait"
        hint="500 caractères au plus. Il figure au journal de signature et sur la fiche de la convention."
        required="Indiquez le motif du retrait."
        maxLength={500}
        onConfirm={withdraw}
        onCancel={() => setDialog(null)}
      >
        <p>
          La convention passe au statut « Retirée » : elle ne pourra plus être ni modifiée, ni envoyée, ni
          signée. Elle reste consultable avec son journal, et vous pourrez repartir de son contenu.
        </p>
        {convention.status === 'sent' ? (
          <p>
            Les liens de signature cessent aussitôt de fonctionner.
            {invited.length
              ? ` ${invited.map((s) => `${s.name} (${s.label})`).join(', ')} ${invited.length > 1 ? 'reçoivent' : 'reçoit'} un courriel avec ce motif.`
              : null}
          </p>
        ) : null}
      </ReasonDialog>
    ) : null;

  if (convention.status === 'draft') {
    return (
      <div class="status-actions">
        <p>
          Ce brouillon n’est pas encore parti : relisez les engagements et les signataires, puis envoyez-le.
        </p>
        <div class="actions">
          <button type="button" class="button" onClick={() => setDialog('send')} disabled={busy}>
            Envoyer pour signature
          </button>
          <Link href={`${link}/modifier`} class="button button--secondary">
            Modifier
          </Link>
          {withdrawButton}
        </div>
        {dialog === 'send' ? (
          <ConfirmDialog
            title="Envoyer la convention pour signature ?"
            confirmLabel="Envoyer pour signature"
            tone="primary"
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
        {withdrawDialog}
      </div>
    );
  }

  if (convention.status === 'sent' && convention.signers.every((s) => s.status === 'pending')) {
    return (
      <div class="status-actions">
        <p>
          Personne n’a encore signé : si la convention comporte une erreur, retirez-la, puis repartez-en pour
          en envoyer une version corrigée.
        </p>
        <div class="actions">{withdrawButton}</div>
        {withdrawDialog}
      </div>
    );
  }

  if (convention.status === 'withdrawn') {
    return (
      <div class="status-actions">
        <p>
          <Link href={`${base}/nouvelle?depuis=${encodeURIComponent(convention.id)}`} class="button">
            Repartir de cette convention
          </Link>
        </p>
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
              onClick={() => setDialog('terminate')}
              disabled={busy}
            >
              Résilier
            </button>
          ) : null}
        </div>
        {dialog === 'terminate' ? (
          <ReasonDialog
            id="motif-resiliation"
            title="Résilier la convention ?"
            confirmLabel="Résilier la convention"
            label="Motif de la résiliation"
            hint="Il figure au journal de signature et sur la fiche de la convention, que le partenaire voit aussi."
            required="Indiquez le motif de la résiliation."
            maxLength={1000}
            onConfirm={terminate}
            onCancel={() => setDialog(null)}
          >
            <p>
              La convention cesse à compter d’aujourd’hui. Le journal de signature garde la trace de la
              résiliation et de son motif.
            </p>
          </ReasonDialog>
        ) : null}
      </div>
    );
  }
  return null;
}
