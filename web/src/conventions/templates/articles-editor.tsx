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

/** The server refuses more articles than this, in a convention template as in a program template. */
const maxArticles = 60;

type Props = {
  items: ClauseItem[];
  onItems: (items: ClauseItem[]) => void;
  errors: FieldErrors;
  /** Path of the list in the form's errors; each article is `<path>.<index>.heading|body`. */
  path?: string;
  idFor?: (path: string) => string;
  /** Id of the list, prefix of its buttons' ids. */
  listId?: string;
  legend?: string;
  /** Lists the `{{fields}}` an article may quote above the articles. */
  showPlaceholders?: boolean;
};

function Placeholders() {
  return (
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
  );
}

/**
 * The articles of a convention, in order, each a heading and a body quoting `{{fields}}`: those of a
 * tenant's convention template, and those a national program template carries.
 */
export function ArticlesEditor(props: Props) {
  const { items, onItems, errors, path = 'version.clauses', idFor = fieldId } = props;
  const { listId = 'modele-articles', legend = 'Articles', showPlaceholders = true } = props;
  const groupId = idFor(path);
  const error = errors[path];
  const update = (index: number, change: Partial<ClauseItem>) =>
    onItems(items.map((item, i) => (i === index ? { ...item, ...change } : item)));

  return (
    <fieldset
      id={groupId}
      tabIndex={-1}
      class={`editor${error ? ' field--error' : ''}`}
      aria-describedby={error ? `${groupId}-erreur` : undefined}
    >
      <legend class="editor__legend">{legend}</legend>
      <FieldMessages id={groupId} error={error} />
      {showPlaceholders ? <Placeholders /> : null}
      <ReorderableList
        id={listId}
        items={items}
        onItems={onItems}
        create={newClause}
        max={maxArticles}
        words={words}
        titleOf={(item, index) =>
          item.heading.trim() ? `« ${item.heading.trim()} »` : `Article ${index + 1}`
        }
        firstFieldId={(index) => idFor(`${path}.${index}.heading`)}
        renderItem={(item, index) => {
          const heading = `${path}.${index}.heading`;
          const body = `${path}.${index}.body`;
          return (
            <>
              <InputField
                id={idFor(heading)}
                label="Titre de l’article"
                required
                maxLength={200}
                value={item.heading}
                onValue={(value) => update(index, { heading: value })}
                error={errors[heading]}
              />
              <TextAreaField
                id={idFor(body)}
                label="Texte de l’article"
                hint={
                  showPlaceholders
                    ? 'Vous pouvez citer les champs listés plus haut, par exemple {{partenaire}}.'
                    : 'Vous pouvez citer les champs de la convention, par exemple {{partenaire}} ou {{collectivite}}.'
                }
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
