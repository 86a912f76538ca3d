import { conventionsApi } from '../api.ts';
import type { Convention } from '../types.ts';

export function ConventionDocuments({
  tenantSlug,
  convention,
}: {
  tenantSlug: string;
  convention: Convention;
}) {
  if (!convention.documentSha256 && !convention.finalSha256) {
    return convention.status === 'withdrawn' ? (
      <p>Retirée avant l’envoi : aucun document n’a été figé.</p>
    ) : (
      <p>Le document est figé et son empreinte calculée à l’envoi pour signature.</p>
    );
  }
  return (
    <ul class="documents">
      {convention.documentSha256 ? (
        <li>
          <a href={conventionsApi.documentUrl(tenantSlug, convention.id, 'document')}>
            Document envoyé pour signature<span class="muted"> (PDF)</span>
          </a>
          <span class="block">
            Empreinte SHA-256 : <code class="hash">{convention.documentSha256}</code>
          </span>
        </li>
      ) : null}
      {convention.finalSha256 ? (
        <li>
          <a href={conventionsApi.documentUrl(tenantSlug, convention.id, 'final')}>
            Convention signée, avec sa page de certificat<span class="muted"> (PDF)</span>
          </a>
          <span class="block">
            Empreinte SHA-256 : <code class="hash">{convention.finalSha256}</code>
          </span>
        </li>
      ) : null}
    </ul>
  );
}
