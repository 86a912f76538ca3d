import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { TenantBanner } from '../../public/tenant-banner.tsx';
import { mentoringPublicApi } from '../api.ts';
import type { ApprovalRequest } from '../types.ts';
import { linkGate } from './link-problem.tsx';

type Decision = 'approved' | 'refused';

function Decided({ request, decision }: { request: ApprovalRequest; decision: Decision }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <>
      <PageHeading title={decision === 'approved' ? 'Accord enregistré' : 'Refus enregistré'} />
      <Notice tone={decision === 'approved' ? 'success' : 'info'} noticeRef={ref}>
        <p>
          <strong>
            {decision === 'approved'
              ? `Merci. ${request.mentorName} peut consacrer jusqu’à ${request.hoursAllowance} heures par an au mentorat sur son temps de travail.`
              : `Votre refus est enregistré : ${request.mentorName} ne mentorera pas sur son temps de travail dans ce programme.`}
          </strong>
        </p>
      </Notice>
      <p>Ce lien ne sert plus. Pour revenir sur votre décision, écrivez à {request.tenantName}.</p>
    </>
  );
}

function ApprovalPage({ slug, token, request }: { slug: string; token: string; request: ApprovalRequest }) {
  const [decision, setDecision] = useState<Decision | null>(null);
  const [refusing, setRefusing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const decide = async (next: Decision) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await mentoringPublicApi.decideApproval(slug, token, next);
      setDecision(next);
    } catch (error) {
      setFailure((error as ApiError).message);
    } finally {
      setRefusing(false);
      setBusy(false);
    }
  };

  if (decision) return <Decided request={request} decision={decision} />;
  return (
    <>
      <PageHeading title="Accord pour du mentorat sur le temps de travail" />
      <p class="lead">
        {request.mentorName} souhaite devenir mentor dans le programme « {request.programName} » de{' '}
        {request.tenantName}, sur son temps de travail.
      </p>
      <dl class="facts">
        <div>
          <dt>Agent</dt>
          <dd>{request.mentorName}</dd>
        </div>
        <div>
          <dt>Programme</dt>
          <dd>{request.programName}</dd>
        </div>
        <div>
          <dt>Temps de travail consacré, au plus</dt>
          <dd>{request.hoursAllowance} heures par an</dd>
        </div>
      </dl>
      <p>
        Un mentor accompagne un collégien ou un lycéen pendant l’année scolaire. Les heures passées en
        rencontres sont notées dans Passerelle et ne peuvent pas dépasser l’enveloppe annuelle.
      </p>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <div class="actions">
        <button
          type="button"
          class="button"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => decide('approved')}
        >
          Donner mon accord
        </button>
        <button type="button" class="button button--secondary" onClick={() => setRefusing(true)}>
          Refuser
        </button>
      </div>
      {refusing ? (
        <ConfirmDialog
          title="Refuser cette demande ?"
          confirmLabel="Refuser la demande"
          cancelLabel="Revenir à la demande"
          onConfirm={() => decide('refused')}
          onCancel={() => setRefusing(false)}
        >
          <p>{request.mentorName} ne pourra pas mentorer sur son temps de travail dans ce programme.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

export default function ManagerApproval({ tenant, token }: { tenant: string; token: string }) {
  const loaded = useAsync(() => mentoringPublicApi.approval(tenant, token), [tenant, token]);
  const what = 'd’accord';
  const gate = linkGate(loaded, what);
  if (gate || !loaded.data) return gate;
  return (
    <>
      <TenantBanner tenant={{ name: loaded.data.tenantName, brandColor: null }} />
      <ApprovalPage slug={tenant} token={token} request={loaded.data} />
    </>
  );
}
