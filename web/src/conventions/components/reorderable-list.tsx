import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

export type Keyed = { key: string };

let lastKey = 0;
/** A key that follows an item when it moves, so Preact moves its DOM (and the caret) with it. */
export const newKey = () => `k${++lastKey}`;

export type ListWords = {
  /** "Article 2": the legend of each item. */
  itemName: (index: number) => string;
  /** "l’article 2": ends the names of its buttons ("Monter l’article 2"). */
  itemTarget: (index: number) => string;
  /** "Ajouter un article". */
  add: string;
  /** Read out after a move / a removal, e.g. "Article « Objet » : position 2 sur 3." */
  moved: (title: string, position: number, total: number) => string;
  removed: (title: string) => string;
};

type Props<T extends Keyed> = {
  id: string;
  items: T[];
  onItems: (items: T[]) => void;
  create: () => T;
  /** A short title of an item for announcements (its heading, its label). */
  titleOf: (item: T, index: number) => string;
  words: ListWords;
  max?: number;
  renderItem: (item: T, index: number) => ComponentChildren;
  /** Id of the first field of an item: it takes the focus when the item is added. */
  firstFieldId: (index: number) => string;
};

type Focus = { key: string; control: 'up' | 'down' } | { fieldIndex: number } | 'add' | null;

/**
 * An ordered list edited with buttons only, so it works the same with a keyboard, a screen reader
 * or a pointer: "Monter", "Descendre", "Supprimer" on each item, "Ajouter" at the end. The focus
 * stays with the item being moved and a live region says where it went.
 */
export function ReorderableList<T extends Keyed>(props: Props<T>) {
  const { id, items, onItems, words, max } = props;
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<Focus>(null);
  const buttonId = (key: string, control: string) => `${id}-${key}-${control}`;

  // Right after the DOM moved, before the next paint: the focus never lands on a stale button.
  useLayoutEffect(() => {
    if (!focus) return;
    const target =
      focus === 'add'
        ? document.getElementById(`${id}-ajouter`)
        : 'fieldIndex' in focus
          ? document.getElementById(props.firstFieldId(focus.fieldIndex))
          : document.getElementById(buttonId(focus.key, focus.control));
    target?.focus();
    setFocus(null);
  }, [focus]);

  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(to, 0, item!);
    onItems(next);
    // At either end the pressed button is disabled: the other one keeps the focus in the item.
    const control = by < 0 ? (to === 0 ? 'down' : 'up') : to === items.length - 1 ? 'up' : 'down';
    setFocus({ key: item!.key, control });
    setAnnouncement(words.moved(props.titleOf(item!, to), to + 1, items.length));
  };

  const remove = (index: number) => {
    const item = items[index]!;
    onItems(items.filter((_, i) => i !== index));
    const remaining = items.length - 1;
    setFocus(remaining === 0 ? 'add' : { fieldIndex: Math.min(index, remaining - 1) });
    setAnnouncement(words.removed(props.titleOf(item, index)));
  };

  const add = () => {
    onItems([...items, props.create()]);
    setFocus({ fieldIndex: items.length });
    setAnnouncement('');
  };

  const full = max !== undefined && items.length >= max;

  return (
    <>
      <ol class="editor-list">
        {items.map((item, index) => {
          const name = words.itemName(index);
          const hidden = <span class="visually-hidden"> {words.itemTarget(index)}</span>;
          return (
            <li key={item.key} class="editor-item">
              <fieldset>
                <legend>{name}</legend>
                {props.renderItem(item, index)}
                <div class="editor-item__actions">
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    id={buttonId(item.key, 'up')}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <span aria-hidden="true">↑ </span>Monter{hidden}
                  </button>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    id={buttonId(item.key, 'down')}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓ </span>Descendre{hidden}
                  </button>
                  <button
                    type="button"
                    class="button button--secondary button--small button--danger-text"
                    onClick={() => remove(index)}
                  >
                    Supprimer{hidden}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p>
        <button
          type="button"
          class="button button--secondary"
          id={`${id}-ajouter`}
          disabled={full}
          onClick={add}
        >
          <span aria-hidden="true">+ </span>
          {words.add}
        </button>
      </p>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
