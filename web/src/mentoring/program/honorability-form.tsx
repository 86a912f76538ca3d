import { ErrorSummary } from '../../components/error-summary.tsx';
import { InputField, RadioGroup } from '../../conventions/components/fields.tsx';
import { todayIso } from '../../conventions/labels.ts';
import { bindForm } from '../../lib/bind-form.ts';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { mentoringApi } from '../api.ts';
import type { Mentor } from '../types.ts';

const labels: Record<string, string> = {
  verified: 'Résultat du contrôle',
  checkedOn: 'Date du contrôle',
  expiresOn: 'Fin de validité',
  verifiedBy: 'Contrôle fait par',
};
const fieldId = (field: string) => `honorabilite-${field}`;
const verdicts = [
  { value: 'yes', label: 'Favorable : rien ne s’oppose au mentorat' },
  { value: 'no', label: 'Défavorable' },
];

type Props = {
  tenantSlug: string;
  mentor: Mentor;
  onSaved: (mentor: Mentor) => void;
  onCancel: () => void;
};

/** Records the outcome of a background check: the outcome only, never the certificate. */
export function HonorabilityForm({ tenantSlug, mentor, onSaved, onCancel }: Props) {
  const form = useForm({ verified: '', checkedOn: todayIso(), expiresOn: '', verifiedBy: '' });
  const { values, errors, set } = form;
  const { summary, field } = bindForm(form, fieldId, labels);
  const name = `${mentor.firstName} ${mentor.lastName}`;

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!values.verified) found.verified = 'Indiquez si le contrôle est favorable.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.checkedOn)) found.checkedOn = 'Indiquez la date du contrôle.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.expiresOn)) {
      found.expiresOn = 'Indiquez la date de fin de validité.';
    } else if (values.checkedOn && values.expiresOn <= values.checkedOn) {
      found.expiresOn = 'La validité doit finir après le contrôle.';
    }
    if (!values.verifiedBy.trim()) found.verifiedBy = 'Indiquez qui a fait le contrôle.';
    return found;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(check, async () => {
      const saved = await mentoringApi.recordHonorability(tenantSlug, mentor.id, {
        verified: values.verified === 'yes',
        checkedOn: values.checkedOn,
        expiresOn: values.expiresOn,
        verifiedBy: values.verifiedBy.trim(),
      });
      onSaved(saved);
    });
  };

  return (
    <form class="card" noValidate onSubmit={onSubmit} aria-labelledby="honorabilite-titre">
      <h3 id="honorabilite-titre" tabIndex={-1}>
        Contrôle d’honorabilité de {name}
      </h3>
      <p class="notice notice--info">
        <strong>Seul le résultat du contrôle est enregistré, jamais le document.</strong> Ne joignez ni ne
        recopiez l’extrait de casier judiciaire ou l’attestation : gardez-les hors de Passerelle, selon vos
        règles internes.
      </p>
      <ErrorSummary {...summary} />
      <RadioGroup
        id={fieldId('verified')}
        legend={labels.verified!}
        options={verdicts}
        value={values.verified}
        onValue={set('verified')}
        error={errors.verified}
      />
      <div class="form-row">
        <InputField {...field('checkedOn')} kind="date" required />
        <InputField
          {...field('expiresOn')}
          hint="Au-delà, le mentor n’est plus proposé à l’appariement."
          kind="date"
          required
        />
      </div>
      <InputField
        {...field('verifiedBy')}
        hint="Nom et fonction de la personne qui a consulté le résultat."
        required
        maxLength={120}
      />
      <div class="actions">
        <button type="submit" class="button" disabled={form.submitting}>
          Enregistrer le résultat
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
