import { useEffect, useRef } from 'preact/hooks';
import { TextField } from '../../components/field.tsx';
import type { FieldErrors } from '../../lib/use-form.ts';
import type { Establishment } from '../types.ts';
import { fieldId } from './engagement-values.ts';

type Props = {
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
  label: string;
  /** The establishment found for the SIRET as it is typed now; null until looked up. */
  establishment: Establishment | null;
};

/** The SIRET and, once looked up, what SIRENE says about it, for the person to confirm. */
export function CompanyStep({ value, onValue, error, label, establishment }: Props) {
  const foundRef = useRef<HTMLDivElement>(null);

  // Moving the focus to the answer reads it out; the confirm button comes right after it.
  useEffect(() => {
    if (establishment?.active) foundRef.current?.focus();
  }, [establishment]);

  return (
    <>
      <TextField
        id={fieldId('siret')}
        label={label}
        hint="14 chiffres, sur votre extrait Kbis ou sur annuaire-entreprises.data.gouv.fr. Pour une association : son SIRET, pas son numéro RNA."
        inputMode="numeric"
        autoComplete="off"
        spellcheck={false}
        class="input--siret"
        required
        value={value}
        onValue={onValue}
        error={error}
      />
      {establishment ? (
        <div class="establishment" ref={foundRef} tabIndex={-1}>
          <h3>{establishment.active ? 'Est-ce bien votre structure ?' : 'Établissement fermé'}</h3>
          <dl class="summary-list">
            <div>
              <dt>Nom</dt>
              <dd>{establishment.name}</dd>
            </div>
            <div>
              <dt>Adresse</dt>
              <dd>{establishment.address}</dd>
            </div>
            {establishment.nafCode ? (
              <div>
                <dt>Code d’activité (NAF)</dt>
                <dd>{establishment.nafCode}</dd>
              </div>
            ) : null}
            <div>
              <dt>État</dt>
              <dd>{establishment.active ? 'En activité' : 'Fermé'}</dd>
            </div>
          </dl>
          {establishment.active ? (
            <p class="muted">
              Si ce n’est pas la vôtre, corrigez le numéro SIRET puis relancez la recherche.
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** What to say next to the field when the lookup fails: the server's words for a malformed SIRET. */
export function lookupErrors(error: { status: number; fields: FieldErrors; message: string }): {
  fields: FieldErrors;
  message: string | null;
} {
  if (error.status === 404) {
    return {
      fields: {
        siret: 'Aucun établissement ne porte ce numéro dans le répertoire SIRENE. Vérifiez les 14 chiffres.',
      },
      message: null,
    };
  }
  if (error.status === 422 || error.status === 400) {
    return { fields: { siret: error.fields.siret ?? error.message }, message: null };
  }
  return { fields: {}, message: error.message };
}
