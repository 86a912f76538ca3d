import { Notice } from '../../components/notice.tsx';
import { formatDateTime } from '../../lib/labels.ts';
import { authMethodLabel, trailEventLabels } from '../labels.ts';
import type { Convention } from '../types.ts';

/** The hash-chained signature trail, as the certificate page of the signed PDF quotes it. */
export function ConventionTrail({ convention }: { convention: Convention }) {
  return (
    <>
      {convention.trailVerified ? (
        <p class="verified">
          <strong>Journal vérifié ✓</strong>
          <span class="muted block">
            Chaque événement est chaîné au précédent par son empreinte : aucun n’a été modifié ni retiré.
          </span>
        </p>
      ) : (
        <Notice tone="error">
          <p>
            <strong>Attention : le journal ne se vérifie pas.</strong> Un événement a été modifié ou retiré
            après coup. Ne vous fiez pas à ce journal et signalez-le à la coordination nationale.
          </p>
        </Notice>
      )}
      <div class="table-wrap">
        <table class="trail">
          <caption>Journal de signature ({convention.trail.length} événements)</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Événement</th>
              <th scope="col">Signataire</th>
              <th scope="col">Authentification</th>
              <th scope="col">Adresse IP</th>
              <th scope="col">Navigateur</th>
            </tr>
          </thead>
          <tbody>
            {convention.trail.map((event) => (
              <tr key={event.seq}>
                <td class="nowrap">{formatDateTime(event.at)}</td>
                <th scope="row">
                  {trailEventLabels[event.type] ?? event.type}
                  {event.detail ? <span class="muted block">{event.detail}</span> : null}
                </th>
                <td>{event.signerLabel ?? '—'}</td>
                <td>{authMethodLabel(event.authMethod)}</td>
                <td class="nowrap">{event.ip ?? '—'}</td>
                <td class="user-agent">{event.userAgent ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
