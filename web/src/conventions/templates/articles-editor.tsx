import type { FieldErrors } from '../../lib/use-form.ts';
import { FieldMessages, InputField, TextAreaField } from '../components/fields.tsx';
import { type ListWords, ReorderableList } from '../components/reorderable-list.tsx';
import { type ClauseItem, fieldId, newClause, placeholderList } from './template-values.ts';

const words: ListWords = {
  itemName: (index) => `Article ${index + 1}`,
  itemTarget: (index) => `l’article ${index + 1}`,
  add: 'Ajouter un article',
  moved: (title, position, total) => `${title} : désormais article ${position} sur ${total}.`,
  removed: (title) => `${title} : article supprimé.`,
};

type Props = { items: ClauseItem[]; onItems: (items: ClauseItem[]) => void; errors: FieldErrors };

/** The articles of the convention, in order, each a heading and a body quoting `{{fields}}`. */
export function ArticlesEditor({ items, onItems, errors }: Props) {
  const groupId = fieldId('version.clauses');
  const update = (index: number, change: Partial<ClauseItem>) =>
    onItems(items.map((item, i) => (i === index ? { ...item, ...change } : item)));

  return (
    <fieldset
      id={groupId}
      tabIndex={-1}
      class={`editor${errors['version.clauses'] ? ' field--error' : ''}`}
      aria-describedby={errors['version.clauses'] ? `${groupId}-erreur` : undefined}
    >
      <legend class="editor__legend">Articles</legend>
      <FieldMessages id={groupId} error={errors['version.clauses']} />
      <div class="placeholders" id="modele-champs">
        <p>
          Dans le texte d’un article, ces champs entre doubles accolades sont remplacés par les valeurs de
          chaque convention :
        </p>
        <dl>
          {placeholderList.map(([name, label]) => (
            <div key={name}>
              <dt>
                <code>{`{{${name}}}`}</code>
              </dt>
              <dd>{label}</dd>
            </div>
          ))}
        </dl>
      </div>
      <ReorderableList
        id="modele-articles"
        items={items}
        onItems={onItems}
        create={newClause}
        words={words}
        titleOf={(item, index) =>
          item.heading.trim() ? `« ${item.heading.trim()} »` : `Article ${index + 1}`
        }
        firstFieldId={(index) => fieldId(`version.clauses.${index}.heading`)}
        renderItem={(item, index) => {
          const heading = `version.clauses.${index}.heading`;
          const body = `version.clauses.${index}.body`;
          return (
            <>
              <InputField
                id={fieldId(heading)}
                label="Titre de l’article"
                required
                maxLength={200}
                value={item.heading}
                onValue={(value) => update(index, { heading: value })}
                error={errors[heading]}
              />
              <TextAreaField
                id={fieldId(body)}
                label="Texte de l’article"
                hint="Vous pouvez citer les champs listés plus haut, par exemple {{partenaire}}."
                required
                rows={6}
                maxLength={8000}
                value={item.body}
                onValue={(value) => update(index, { body: value })}
                error={errors[body]}
              />
            </>
          );
        }}
      />
    </fieldset>
  );
}
