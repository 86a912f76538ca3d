import { formatDateTime } from '../../lib/labels.ts';
import { authMethodLabel, signatoryRoleLabels, signerStatusLabels } from '../labels.ts';
import type { Convention } from '../types.ts';

export function ConventionSigners({ convention }: { convention: Convention }) {
  return (
    <div class="table-wrap">
      <table>
        <caption>Signataires, dans l’ordre de signature</caption>
        <thead>
          <tr>
            <th scope="col">Signataire</th>
            <th scope="col">Rôle</th>
            <th scope="col">Statut</th>
            <th scope="col">Signé le</th>
            <th scope="col">Authentification</th>
          </tr>
        </thead>
        <tbody>
          {convention.signers.map((signer) => (
            <tr key={signer.id}>
              <th scope="row">
                {signer.name}
                <span class="muted block">{signer.title}</span>
                <span class="muted block">{signer.email}</span>
              </th>
              <td>
                {signatoryRoleLabels[signer.role] ?? signer.role}
                <span class="muted block">{signer.label}</span>
              </td>
              <td class="nowrap">
                <span class={`tag tag--signer-${signer.status}`}>
                  {signerStatusLabels[signer.status] ?? signer.status}
                </span>
              </td>
              <td class="nowrap">{signer.signedAt ? formatDateTime(signer.signedAt) : '—'}</td>
              <td>{authMethodLabel(signer.authMethod)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
