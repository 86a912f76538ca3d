import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { CheckboxField } from '../../public/fields.tsx';
import { mentoringApi } from '../api.ts';
import type { MyMentorProfile } from '../types.ts';

// The contract has no charter text: these are the commitments every mentoring charter shares.
const commitments = [
  'Je m’engage pour la durée du programme et je préviens la coordination si je dois arrêter.',
  'Je rencontre le jeune dans un cadre connu de la coordination : établissement, lieu public ou mon lieu de travail, jamais à mon domicile ni au sien.',
  'Je respecte sa vie privée : je ne demande ni ne partage d’informations personnelles et je ne le contacte pas en dehors du cadre prévu.',
  'Je ne remplace ni sa famille, ni ses enseignants, ni un conseiller d’orientation : j’ouvre des portes, je ne décide pas pour lui.',
  'Je signale sans attendre à la coordination toute situation qui m’inquiète pour sa sécurité ou son bien-être.',
  'Je note nos rencontres dans Passerelle pour que la coordination puisse suivre le binôme.',
];

type Props = { tenantSlug: string; mentor: MyMentorProfile; programName: string; onSigned: () => void };

/** A mentor accepts the charter before meeting anyone; the date is kept with the mentor. */
export function Charter({ tenantSlug, mentor, programName, onSigned }: Props) {
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const boxId = `charte-${mentor.id}`;

  const sign = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!checked) {
      setError('Cochez la case pour accepter la charte.');
      document.getElementById(boxId)?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    setFailure(null);
    try {
      await mentoringApi.acceptCharter(tenantSlug, mentor.id);
      onSigned();
    } catch (caught) {
      setFailure((caught as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card charter" noValidate onSubmit={sign} aria-labelledby={`${boxId}-titre`}>
      <h2 id={`${boxId}-titre`}>Charte du mentor : {programName}</h2>
      <p>Avant de rencontrer un jeune, lisez et acceptez la charte du programme.</p>
      <ol>
        {commitments.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ol>
      {failure ? (
        <p class="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      <CheckboxField
        id={boxId}
        label="J’ai lu la charte du mentor et je m’engage à la respecter."
        checked={checked}
        onChecked={setChecked}
        error={error}
      />
      <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
        Accepter la charte
      </button>
    </form>
  );
}
