import { TextField } from '../../components/field.tsx';
import type { FieldErrors } from '../../lib/use-form.ts';
import { DateField, RadioGroup } from '../fields.tsx';
import { commitmentLabels, formatDuration } from '../labels.ts';
import type { EngagementProgram } from '../types.ts';
import { fieldId, quantityField, type Values } from './engagement-values.ts';

type StepProps = {
  values: Values;
  errors: FieldErrors;
  labels: Record<string, string>;
  set: (field: string) => (value: string) => void;
};

export function ProgramStep({
  values,
  errors,
  set,
  programs,
}: StepProps & { programs: EngagementProgram[] }) {
  return (
    <RadioGroup
      id={fieldId('templateId')}
      name="templateId"
      legend="À quel programme souhaitez-vous participer ?"
      value={values.templateId ?? ''}
      onValue={set('templateId')}
      error={errors.templateId}
      options={programs.map((program) => ({
        value: program.templateId,
        label: program.name,
        description: (
          <>
            {program.description ? <p>{program.description}</p> : null}
            <p class="muted">
              Convention de {formatDuration(program.durationMonths)}. Engagements possibles :{' '}
              {program.commitmentTypes.map((type) => commitmentLabels[type].label.toLowerCase()).join(', ')}.
            </p>
          </>
        ),
      }))}
    />
  );
}

export function PeopleStep({ values, errors, labels, set }: StepProps) {
  const text = (field: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={fieldId(field)}
      label={labels[field]!}
      value={values[field] ?? ''}
      onValue={set(field)}
      error={errors[field]}
      required
      {...extra}
    />
  );
  return (
    <>
      <p class="muted">Tous les champs sont obligatoires.</p>
      <fieldset>
        <legend>Signataire de la convention</legend>
        <p class="hint">
          La personne habilitée à engager votre structure. Elle recevra la convention par courriel pour la
          signer en ligne.
        </p>
        {text('signatory.name', { autoComplete: 'name' })}
        {text('signatory.title', {
          hint: 'Sa fonction, par exemple : directrice générale, gérant, président de l’association.',
          autoComplete: 'organization-title',
        })}
        {text('signatory.email', { type: 'email', autoComplete: 'email', spellcheck: false })}
      </fieldset>
      <fieldset>
        <legend>Référent·e du partenariat</legend>
        <p class="hint">
          La personne qui suivra les actions au quotidien. Elle recevra une invitation à Passerelle. Ce peut
          être la même personne que le ou la signataire.
        </p>
        {text('referent.name')}
        {text('referent.email', { type: 'email', spellcheck: false })}
      </fieldset>
    </>
  );
}

export function CommitmentsStep({
  values,
  errors,
  labels,
  set,
  program,
  today,
}: StepProps & {
  program: EngagementProgram;
  today: string;
}) {
  return (
    <>
      <fieldset>
        <legend>Ce que votre structure propose chaque année</legend>
        <p class="hint">Indiquez 0 pour un engagement que vous ne prenez pas. Il en faut au moins un.</p>
        {program.commitmentTypes.map((type) => {
          const field = quantityField(type);
          return (
            <TextField
              key={field}
              id={fieldId(field)}
              label={labels[field]!}
              hint={`Nombre de ${commitmentLabels[type].unit} par an.`}
              inputMode="numeric"
              class="input--number"
              required
              value={values[field] ?? '0'}
              onValue={set(field)}
              error={errors[field]}
            />
          );
        })}
      </fieldset>
      <DateField
        id={fieldId('startDate')}
        label={labels.startDate!}
        hint={`La convention dure ${formatDuration(program.durationMonths)} à partir de cette date.`}
        required
        min={today}
        value={values.startDate ?? ''}
        onValue={set('startDate')}
        error={errors.startDate}
      />
    </>
  );
}
