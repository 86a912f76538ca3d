import { formatDay } from '../../conventions/labels.ts';
import type { Duplicate, EligibilityReason } from '../types.ts';
import { Verdict } from './tags.tsx';

/** The verdict, then each rule met or not, in the server's words. */
export function EligibilityDetail({
  eligible,
  reasons,
}: {
  eligible: boolean;
  reasons: EligibilityReason[];
}) {
  return (
    <>
      <Verdict ok={eligible} yes="Éligible" no="Non éligible" />
      {reasons.length ? (
        <ul class="reasons">
          {reasons.map((reason) => (
            <li key={reason.rule}>
              <span class="visually-hidden">
                {reason.met ? 'Critère rempli : ' : 'Critère non rempli : '}
              </span>
              <span aria-hidden="true">{reason.met ? '✓ ' : '✗ '}</span>
              {reason.explanation}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Another program already follows someone with the same names, birth date and school. */
export function DuplicateWarning({ duplicates, firstName }: { duplicates: Duplicate[]; firstName: string }) {
  if (!duplicates.length) return null;
  return (
    <div class="notice notice--warning">
      <p>
        <strong>Attention : {firstName} semble déjà suivi·e dans un autre programme.</strong>
      </p>
      <ul>
        {duplicates.map((d) => (
          <li key={`${d.programName}-${d.since}`}>
            {d.programName}, depuis le {formatDay(d.since.slice(0, 10))}
          </li>
        ))}
      </ul>
      <p>
        Vérifiez avec l’établissement avant de l’apparier : un jeune n’a besoin que d’un mentor à la fois.
      </p>
    </div>
  );
}
