import { useState } from 'preact/hooks';
import { describedBy, FieldMessages } from '../../conventions/components/fields.tsx';

type Props = {
  /** Each box's id is `${id}-${index}`: a field path `eligibility.custom.1` maps onto it. */
  id: string;
  legend: string;
  itemLabel: string;
  hint?: string;
  values: string[];
  onValues: (values: string[]) => void;
  max: number;
  maxLength?: number;
  /** Errors by index. */
  errors: Record<number, string | undefined>;
  error?: string | undefined;
};

/**
 * A short list of free texts, edited with buttons: add a box, remove one. The focus follows (new
 * box, or the next one after a removal) and a status line says what happened.
 */
export function TextList(props: Props) {
  const { id, legend, itemLabel, hint, values, onValues, max, errors, error } = props;
  const [status, setStatus] = useState('');
  const focus = (target: string) => requestAnimationFrame(() => document.getElementById(target)?.focus());

  const add = () => {
    onValues([...values, '']);
    setStatus(`${itemLabel} ${values.length + 1} ajouté.`);
    focus(`${id}-${values.length}`);
  };
  const remove = (index: number) => {
    const next = values.filter((_, i) => i !== index);
    onValues(next);
    setStatus(`${itemLabel} ${index + 1} retiré.`);
    focus(next.length ? `${id}-${Math.min(index, next.length - 1)}` : `${id}-ajouter`);
  };

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      class={error ? 'text-list field--error' : 'text-list'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>
        {legend}
        <span class="optional"> (facultatif)</span>
      </legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {values.length ? (
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
                    type="text"
                    value={value}
                    maxLength={props.maxLength}
                    aria-invalid={itemError ? 'true' : undefined}
                    aria-describedby={describedBy(boxId, undefined, itemError)}
                    onInput={(event) =>
                      onValues(values.map((v, i) => (i === index ? event.currentTarget.value : v)))
                    }
                  />
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => remove(index)}
                  >
                    Retirer
                    <span class="visually-hidden">
                      {' '}
                      : {itemLabel.toLowerCase()} {index + 1}
                    </span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      ) : null}
      {values.length < max ? (
        <p>
          <button
            type="button"
            id={`${id}-ajouter`}
            class="button button--secondary button--small"
            onClick={add}
          >
            Ajouter : {itemLabel.toLowerCase()}
          </button>
        </p>
      ) : (
        <p class="hint" id={`${id}-ajouter`} tabIndex={-1}>
          {max} au plus.
        </p>
      )}
      <p role="status" class="visually-hidden">
        {status}
      </p>
    </fieldset>
  );
}
