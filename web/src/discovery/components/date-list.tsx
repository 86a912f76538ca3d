import { useState } from 'preact/hooks';
import { describedBy, FieldMessages } from '../../conventions/components/fields.tsx';

type Props = {
  /** Each box's id is `${id}-${index}`: a field path `weeks.1` maps onto it. */
  id: string;
  legend: string;
  itemLabel: string;
  hint?: string;
  values: string[];
  onValues: (values: string[]) => void;
  max: number;
  errors: Record<number, string | undefined>;
  error?: string | undefined;
};

/**
 * A list of dates edited with buttons: add a date, remove one. The focus follows the change and a
 * status line says what happened, as in the mentoring text lists.
 */
export function DateList(props: Props) {
  const { id, legend, itemLabel, hint, values, onValues, max, errors, error } = props;
  const [status, setStatus] = useState('');
  const focus = (target: string) => requestAnimationFrame(() => document.getElementById(target)?.focus());

  const add = () => {
    onValues([...values, '']);
    setStatus(`${itemLabel} ${values.length + 1} ajoutée.`);
    focus(`${id}-${values.length}`);
  };
  const remove = (index: number) => {
    const next = values.filter((_, i) => i !== index);
    onValues(next);
    setStatus(`${itemLabel} ${index + 1} retirée.`);
    focus(next.length ? `${id}-${Math.min(index, next.length - 1)}` : `${id}-ajouter`);
  };

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      class={error ? 'text-list field--error' : 'text-list'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <ol class="text-list__items">
        {values.map((value, index) => {
          const boxId = `${id}-${index}`;
          const itemError = errors[index];
          return (
            <li key={index} class={itemError ? 'field field--error' : 'field'}>
              <label for={boxId}>
                {itemLabel} {index + 1}
              </label>
              <FieldMessages id={boxId} error={itemError} />
              <span class="text-list__row">
                <input
                  id={boxId}
                  type="date"
                  class="input--short"
                  value={value}
                  aria-invalid={itemError ? 'true' : undefined}
                  aria-describedby={describedBy(boxId, undefined, itemError)}
                  onInput={(event) =>
                    onValues(values.map((v, i) => (i === index ? event.currentTarget.value : v)))
                  }
                />
                {values.length > 1 ? (
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => remove(index)}
                  >
                    Retirer<span class="visually-hidden"> : {`${itemLabel.toLowerCase()} ${index + 1}`}</span>
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
      {values.length < max ? (
        <p>
          <button
            type="button"
            id={`${id}-ajouter`}
            class="button button--secondary button--small"
            onClick={add}
          >
            Ajouter une semaine
          </button>
        </p>
      ) : null}
      <p role="status" class="visually-hidden">
        {status}
      </p>
    </fieldset>
  );
}
