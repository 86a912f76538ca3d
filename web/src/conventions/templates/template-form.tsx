import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { useForm } from '../../lib/use-form.ts';
import { conventionsApi } from '../api.ts';
import { CheckboxGroup, choices, InputField, RadioGroup, TextAreaField } from '../components/fields.tsx';
import { commitmentLabels, signingOrderLabels, templateKindLabels } from '../labels.ts';
import type { Template } from '../types.ts';
import { ArticlesEditor } from './articles-editor.tsx';
import { SignatoriesEditor } from './signatories-editor.tsx';
import {
  changesOf,
  checkTemplate,
  fieldId,
  fieldLabel,
  initialFields,
  initialLists,
  type TemplateLists,
  toInput,
} from './template-values.ts';

/** A version's fields answer with paths relative to the version: put them back under `version.`. */
function underVersion(error: unknown): unknown {
  if (!(error instanceof ApiError) || !Object.keys(error.fields).length) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([path, text]) => [`version.${path}`, text]),
  );
  return new ApiError({
    status: error.status,
    code: error.code,
    message: error.message,
    requestId: error.requestId,
    fields,
  });
}

type Props = {
  tenantSlug: string;
  template?: Template | undefined;
  onSaved: (saved: Template, outcome: 'created' | 'new-version' | 'card-only' | 'unchanged') => void;
  onCancel: () => void;
};

export function TemplateForm({ tenantSlug, template, onSaved, onCancel }: Props) {
  const form = useForm(initialFields(template));
  const [lists, setLists] = useState<TemplateLists>(() => initialLists(template));
  const { values, errors } = form;
  const setList =
    <K extends keyof TemplateLists>(key: K) =>
    (next: TemplateLists[K]) =>
      setLists((previous) => ({ ...previous, [key]: next }));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(
      () => checkTemplate(values, lists),
      async () => {
        if (!template) {
          onSaved(await conventionsApi.createTemplate(tenantSlug, toInput(values, lists)), 'created');
          return;
        }
        const { card, version } = changesOf(template, values, lists);
        let saved = template;
        if (card) saved = await conventionsApi.updateTemplate(tenantSlug, template.id, card);
        if (version) {
          saved = await conventionsApi.addTemplateVersion(tenantSlug, template.id, version).catch((error) => {
            throw underVersion(error);
          });
        }
        onSaved(saved, version ? 'new-version' : card ? 'card-only' : 'unchanged');
      },
    );
  };

  const labels = Object.fromEntries(Object.keys(errors).map((path) => [path, fieldLabel(path)]));

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={template ? `Modifier « ${template.name} »` : 'Nouveau modèle'}
    >
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={errors}
        message={form.message}
        labels={labels}
        idFor={fieldId}
      />
      <p class="muted">Sauf mention contraire, tous les champs sont obligatoires.</p>
      {template ? (
        <div class="notice notice--info">
          <p>
            Modifier le texte, les engagements, la durée ou les signataires crée la version{' '}
            {template.currentVersion + 1} du modèle. Les conventions déjà envoyées gardent leur version.
          </p>
        </div>
      ) : null}

      <section class="card" aria-labelledby="modele-fiche">
        <h2 id="modele-fiche">Fiche du modèle</h2>
        <TextField
          id={fieldId('name')}
          label={fieldLabel('name')}
          required
          maxLength={120}
          value={values.name}
          onValue={form.set('name')}
          error={errors.name}
        />
        <SelectField
          id={fieldId('kind')}
          label={fieldLabel('kind')}
          hint={template ? 'Le type d’un modèle existant ne change pas.' : undefined}
          required
          disabled={Boolean(template)}
          options={choices(templateKindLabels)}
          value={values.kind}
          onValue={form.set('kind')}
          error={errors.kind}
        />
        <RadioGroup
          id={fieldId('isPublic')}
          legend="Proposer ce modèle sur le parcours d’engagement en ligne ?"
          hint="Les entreprises pourront s’engager d’elles-mêmes sur la page publique de la collectivité."
          inline
          options={[
            { value: 'oui', label: 'Oui' },
            { value: 'non', label: 'Non' },
          ]}
          value={values.isPublic}
          onValue={form.set('isPublic')}
          error={errors.isPublic}
        />
        <TextAreaField
          id={fieldId('description')}
          label={fieldLabel('description')}
          hint="Quelques lignes pour présenter le programme, reprises sur le parcours d’engagement."
          rows={3}
          maxLength={1000}
          value={values.description}
          onValue={form.set('description')}
          error={errors.description}
        />
      </section>

      <section class="card" aria-labelledby="modele-texte">
        <h2 id="modele-texte">Texte de la convention</h2>
        <InputField
          id={fieldId('version.title')}
          label={fieldLabel('version.title')}
          hint="Le titre imprimé en tête du document."
          required
          maxLength={200}
          value={values.title}
          onValue={form.set('title')}
          error={errors['version.title']}
        />
        <ArticlesEditor items={lists.clauses} onItems={setList('clauses')} errors={errors} />
      </section>

      <section class="card" aria-labelledby="modele-engagements">
        <h2 id="modele-engagements">Engagements et durée</h2>
        <CheckboxGroup
          id={fieldId('version.commitmentTypes')}
          legend="Types d’engagement proposés au partenaire"
          hint="Le partenaire chiffre chacun par an dans sa convention."
          options={choices(commitmentLabels)}
          values={lists.commitmentTypes}
          onValues={setList('commitmentTypes')}
          error={errors['version.commitmentTypes']}
        />
        <InputField
          id={fieldId('version.durationMonths')}
          label={fieldLabel('version.durationMonths')}
          hint="36 mois par défaut, soit trois ans."
          kind="integer"
          required
          value={values.durationMonths}
          onValue={form.set('durationMonths')}
          error={errors['version.durationMonths']}
        />
      </section>

      <section class="card" aria-labelledby="modele-signature">
        <h2 id="modele-signature">Signature</h2>
        <SignatoriesEditor items={lists.signatories} onItems={setList('signatories')} errors={errors} />
        <RadioGroup
          id={fieldId('version.signingOrder')}
          legend={fieldLabel('version.signingOrder')}
          options={choices(signingOrderLabels)}
          value={values.signingOrder}
          onValue={form.set('signingOrder')}
          error={errors['version.signingOrder']}
        />
      </section>

      <div class="actions">
        <button type="submit" class="button" disabled={form.submitting}>
          {template ? 'Enregistrer le modèle' : 'Créer le modèle'}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          Revenir à la liste sans enregistrer
        </button>
      </div>
    </form>
  );
}
