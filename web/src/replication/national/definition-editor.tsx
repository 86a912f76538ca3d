import { SelectField } from '../../components/field.tsx';
import {
  CheckboxGroup,
  FieldMessages,
  InputField,
  RadioGroup,
} from '../../conventions/components/fields.tsx';
import { newKey, ReorderableList } from '../../conventions/components/reorderable-list.tsx';
import { ArticlesEditor } from '../../conventions/templates/articles-editor.tsx';
import { dayKindLabels } from '../../discovery/labels.ts';
import type { DayKind } from '../../discovery/types.ts';
import type { FieldErrors } from '../../lib/use-form.ts';
import { Checkbox } from '../../mentoring/components/checkbox.tsx';
import { TextList } from '../../mentoring/components/text-list.tsx';
import { eligibilityRuleLabels, schoolLevelLabels } from '../../mentoring/labels.ts';
import type { ProgramTemplateDefinition } from '../types.ts';
import {
  conventionSpecs,
  type Draft,
  discoverySpecs,
  draftFieldId,
  type Eligibility,
  mentoringSpecs,
  type NumberSpec,
  weightSpecs,
} from './definition-draft.ts';

type Props = {
  definition: ProgramTemplateDefinition;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  errors: FieldErrors;
};

const dayOptions = Object.entries(dayKindLabels).map(([value, label]) => ({ value, label }));

function Numbers({ specs, draft, onDraft, errors }: Omit<Props, 'definition'> & { specs: NumberSpec[] }) {
  return (
    <>
      {specs.map((spec) => (
        <InputField
          key={spec.path}
          id={draftFieldId(spec.path)}
          label={spec.unit ? `${spec.label} (${spec.unit})` : spec.label}
          required={!spec.optional}
          kind={spec.decimals ? 'text' : 'integer'}
          class="input--short"
          value={draft.numbers[spec.path] ?? ''}
          onValue={(value) => onDraft({ ...draft, numbers: { ...draft.numbers, [spec.path]: value } })}
          error={errors[spec.path]}
        />
      ))}
    </>
  );
}

function MentoringFields({ draft, onDraft, errors }: Omit<Props, 'definition'>) {
  const eligibility = draft.eligibility!;
  const setEligibility = (change: Partial<Eligibility>) =>
    onDraft({ ...draft, eligibility: { ...eligibility, ...change } });
  const customErrors: Record<number, string | undefined> = {};
  eligibility.custom.forEach((_, index) => {
    customErrors[index] = errors[`mentoring.eligibility.custom.${index}`];
  });
  return (
    <>
      <fieldset>
        <legend>Poids des critères d’appariement</legend>
        <p class="hint">De 0 (le critère ne compte pas) à 10.</p>
        <div class="weights">
          <Numbers specs={weightSpecs} draft={draft} onDraft={onDraft} errors={errors} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Le programme</legend>
        <Numbers specs={mentoringSpecs} draft={draft} onDraft={onDraft} errors={errors} />
        <CheckboxGroup
          id={draftFieldId('mentoring.audienceLevels')}
          legend="Niveaux concernés"
          inline
          options={Object.entries(schoolLevelLabels).map(([value, label]) => ({ value, label }))}
          values={draft.levels}
          onValues={(levels) => onDraft({ ...draft, levels })}
          error={errors['mentoring.audienceLevels']}
        />
      </fieldset>
      <fieldset>
        <legend>Éligibilité</legend>
        <RadioGroup
          id={draftFieldId('mentoring.eligibility.mode')}
          legend="Les critères cochés"
          options={[
            { value: 'any', label: 'Un seul des critères suffit' },
            { value: 'all', label: 'Tous les critères sont exigés' },
          ]}
          value={eligibility.mode}
          onValue={(mode) => setEligibility({ mode: mode as Eligibility['mode'] })}
        />
        {(['scholarship', 'priorityEducation', 'priorityNeighbourhood'] as const).map((rule) => (
          <Checkbox
            key={rule}
            id={draftFieldId(`mentoring.eligibility.${rule}`)}
            label={eligibilityRuleLabels[rule]!}
            checked={eligibility[rule]}
            onChecked={(checked) => setEligibility({ [rule]: checked })}
          />
        ))}
        <TextList
          id={draftFieldId('mentoring.eligibility.custom')}
          legend="Critères propres au programme"
          itemLabel="Critère propre"
          values={eligibility.custom}
          onValues={(custom) => setEligibility({ custom })}
          max={5}
          maxLength={120}
          errors={customErrors}
        />
      </fieldset>
    </>
  );
}

function DiscoveryFields({ draft, onDraft, errors }: Omit<Props, 'definition'>) {
  const groupId = draftFieldId('discovery.layout');
  const error = errors['discovery.layout'];
  return (
    <>
      <fieldset>
        <legend>Le programme</legend>
        <Numbers specs={discoverySpecs} draft={draft} onDraft={onDraft} errors={errors} />
      </fieldset>
      <fieldset
        id={groupId}
        tabIndex={-1}
        class={error ? 'field--error' : undefined}
        aria-describedby={error ? `${groupId}-erreur` : undefined}
      >
        <legend>Déroulé de la semaine</legend>
        <FieldMessages id={groupId} error={error} />
        <ReorderableList
          id="version-jours"
          items={draft.layout}
          onItems={(layout) => onDraft({ ...draft, layout })}
          create={() => ({ key: newKey(), kind: 'service' as DayKind })}
          max={7}
          words={{
            itemName: (index) => `Jour ${index + 1}`,
            itemTarget: (index) => `le jour ${index + 1}`,
            add: 'Ajouter une journée',
            moved: (title, position, total) => `${title} : désormais jour ${position} sur ${total}.`,
            removed: (title) => `${title} : journée supprimée.`,
          }}
          titleOf={(item) => dayKindLabels[item.kind]}
          firstFieldId={(index) => draftFieldId(`discovery.layout.${index}`)}
          renderItem={(item, index) => (
            <SelectField
              id={draftFieldId(`discovery.layout.${index}`)}
              label="Type de journée"
              required
              options={dayOptions}
              value={item.kind}
              onValue={(kind) =>
                onDraft({
                  ...draft,
                  layout: draft.layout.map((day, i) =>
                    i === index ? { ...day, kind: kind as DayKind } : day,
                  ),
                })
              }
            />
          )}
        />
      </fieldset>
    </>
  );
}

function ConventionFields({ draft, onDraft, errors }: Omit<Props, 'definition'>) {
  return (
    <fieldset>
      <legend>Modèle de convention</legend>
      <Numbers specs={conventionSpecs} draft={draft} onDraft={onDraft} errors={errors} />
      <ArticlesEditor
        items={draft.clauses}
        onItems={(clauses) => onDraft({ ...draft, clauses })}
        errors={errors}
        path="conventionTemplate.clauses"
        idFor={draftFieldId}
        listId="version-articles"
        legend="Articles de la convention"
        showPlaceholders={false}
      />
    </fieldset>
  );
}

/** The main fields of a definition, editable: what a new version most often changes. */
export function DefinitionEditor({ definition, draft, onDraft, errors }: Props) {
  const shared = { draft, onDraft, errors };
  return (
    <div id={draftFieldId('definition')} tabIndex={-1} class="definition-editor">
      {definition.mentoring ? <MentoringFields {...shared} /> : null}
      {definition.discovery ? <DiscoveryFields {...shared} /> : null}
      {definition.conventionTemplate ? <ConventionFields {...shared} /> : null}
    </div>
  );
}
