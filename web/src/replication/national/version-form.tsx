import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { RadioGroup, TextAreaField } from '../../conventions/components/fields.tsx';
import { bindForm } from '../../lib/bind-form.ts';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { replicationApi } from '../api.ts';
import { bumpLabels, bumpVersion } from '../labels.ts';
import type { TemplateDetail, VersionBump } from '../types.ts';
import {
  buildDefinition,
  checkDraft,
  type Draft,
  draftFieldId,
  draftLabels,
  draftOf,
} from './definition-draft.ts';
import { DefinitionEditor } from './definition-editor.tsx';

type Props = {
  template: TemplateDetail;
  onPublished: (template: TemplateDetail) => void;
  onCancel: () => void;
};

/** The server names fields from the body's root (`definition.mentoring.weights.interests`). */
function fromServer(error: unknown): unknown {
  if (!(error instanceof ApiError) || !Object.keys(error.fields).length) return error;
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fields)) {
    fields[path.replace(/^definition\./, '')] = message;
  }
  return new ApiError({ ...error, message: error.message, fields });
}

/** A new version of a template: the kind of change, what it changes, and its notes. */
export function VersionForm({ template, onPublished, onCancel }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(template.definition));
  const form = useForm({ bump: 'major', changelog: '' });
  const bump = form.values.bump as VersionBump;
  const next = bumpVersion(template.latestVersion, bump);
  const { summary, field } = bindForm(form, draftFieldId, draftLabels(template.definition, draft));

  const check = (): FieldErrors => {
    const errors = checkDraft(template.definition, draft);
    if (!form.values.changelog.trim()) {
      errors.changelog =
        'Dites ce que change cette version : les collectivités le liront avant de l’appliquer.';
    }
    if (
      !Object.keys(errors).length &&
      JSON.stringify(buildDefinition(template.definition, draft)) === JSON.stringify(template.definition)
    ) {
      errors.definition = `Rien n’a changé depuis la version ${template.latestVersion} : modifiez au moins un champ.`;
    }
    return errors;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(check, async () => {
      try {
        const published = await replicationApi.newVersion(template.id, {
          bump,
          changelog: form.values.changelog.trim(),
          definition: buildDefinition(template.definition, draft),
        });
        onPublished(published);
      } catch (error) {
        throw fromServer(error);
      }
    });
  };

  return (
    <form class="card" onSubmit={onSubmit} noValidate aria-labelledby="version-titre">
      <h2 id="version-titre" tabIndex={-1}>
        Publier une nouvelle version
      </h2>
      <ErrorSummary {...summary} />
      <p>
        Les champs partent de la version {template.latestVersion}. Les collectivités qui ont adopté le modèle
        verront chaque champ modifié et choisiront de l’appliquer ou de garder leur valeur.
      </p>
      <RadioGroup
        id={draftFieldId('bump')}
        legend="Type de version"
        options={(Object.keys(bumpLabels) as VersionBump[]).map((value) => ({
          value,
          label: `${bumpLabels[value].label} : ${bumpVersion(template.latestVersion, value)} — ${bumpLabels[value].hint}`,
        }))}
        value={bump}
        onValue={form.set('bump')}
        error={form.errors.bump ?? form.errors.version}
      />
      <DefinitionEditor
        definition={template.definition}
        draft={draft}
        onDraft={setDraft}
        errors={form.errors}
      />
      <TextAreaField
        {...field('changelog')}
        hint="Ce qui change et pourquoi, par exemple « Durée portée à 12 mois ; article sur les données personnelles »."
        required
        rows={4}
        maxLength={2000}
      />
      <FormActions submit={`Publier la version ${next}`} submitting={form.submitting} onCancel={onCancel} />
    </form>
  );
}
