import { useEffect, useRef } from 'preact/hooks';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { TenantBanner } from '../tenant-banner.tsx';
import type { Engagement, EngagementInput } from '../types.ts';

export type Sent = { input: EngagementInput; message: string };

/** The end of the path: where the convention went, and what happens next. */
export function EngagementSent({
  tenant,
  title,
  sent,
}: {
  tenant: Engagement['tenant'];
  title: string;
  sent: Sent;
}) {
  const noticeRef = useRef<HTMLDivElement>(null);
  const { signatory, referent } = sent.input;
  const confirmation = `La convention a été envoyée à ${signatory.email} pour signature`;

  useEffect(() => noticeRef.current?.focus(), []);

  return (
    <>
      <TenantBanner tenant={tenant} />
      <PageHeading title={`Convention envoyée — ${title}`}>{title}</PageHeading>
      <Notice tone="success" noticeRef={noticeRef}>
        <p>
          <strong>{confirmation}.</strong>
        </p>
        {sent.message && !sent.message.startsWith(confirmation) ? <p>{sent.message}</p> : null}
      </Notice>
      <h2>Et maintenant ?</h2>
      <ol class="next-steps">
        <li>
          {signatory.name} reçoit un courriel avec un lien pour lire et signer la convention en ligne. Ce lien
          est valable 14 jours et ne sert qu’une fois.
        </li>
        <li>
          {referent.name} ({referent.email}) reçoit une invitation à Passerelle pour suivre le partenariat.
        </li>
        <li>La convention prend effet quand toutes les parties l’ont signée, dont {tenant.name}.</li>
      </ol>
      <p>Merci pour votre engagement auprès des jeunes.</p>
    </>
  );
}
