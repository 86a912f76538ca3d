import { useState } from 'preact/hooks';
import { describedBy, FieldMessages } from '../../conventions/components/fields.tsx';

export type TutorDraft = { name: string; email: string };

type Props = {
  /** Boxes are `${id}-${index}-name` and `${id}-${index}-email`: `tutors.1.email` maps onto one. */
  id: string;
  values: TutorDraft[];
  onValues: (values: TutorDraft[]) => void;
  errors: Record<string, string>;
  error?: string | undefined;
};

/** The agents who tutor the groups at a host: a name and an address each, added one by one. */
export function TutorList({ id, values, onValues, errors, error }: Props) {
  const [status, setStatus] = useState('');
  const focus = (target: string) => requestAnimationFrame(() => document.getElementById(target)?.focus());
  const hint =
    'Chaque tuteur ou tutrice reçoit une invitation pour voir ses journées et noter les présences.';

  const change = (index: number, key: keyof TutorDraft, value: string) =>
    onValues(values.map((v, i) => (i === index ? { ...v, [key]: value } : v)));
  const add = () => {
    onValues([...values, { name: '', email: '' }]);
    setStatus(`Tuteur ${values.length + 1} ajouté.`);
    focus(`${id}-${values.length}-name`);
  };
  const remove = (index: number) => {
    const next = values.filter((_, i) => i !== index);
    onValues(next);
    setStatus(`Tuteur ${index + 1} retiré.`);
    focus(next.length ? `${id}-${Math.min(index, next.length - 1)}-name` : `${id}-ajouter`);
  };

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      class={error ? 'text-list field--error' : 'text-list'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>Tuteurs et tutrices</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <ol class="text-list__items">
        {values.map((tutor, index) => {
          const field = (key: keyof TutorDraft, label: string, type: 'text' | 'email') => {
            const boxId = `${id}-${index}-${key}`;
            const fieldError = errors[`tutors.${index}.${key}`];
            return (
              <div class={fieldError ? 'field field--error' : 'field'}>
                <label for={boxId}>
                  {label}
                  <span class="visually-hidden"> du tuteur {index + 1}</span>
                </label>
                <FieldMessages id={boxId} error={fieldError} />
                <input
                  id={boxId}
                  // Preact's input types discriminate on `type`; text and email share these attributes.
                  type={type as 'text'}
                  autoComplete="off"
                  spellcheck={type === 'email' ? false : undefined}
                  maxLength={type === 'email' ? 254 : 120}
                  value={tutor[key]}
                  aria-invalid={fieldError ? 'true' : undefined}
                  aria-describedby={describedBy(boxId, undefined, fieldError)}
                  onInput={(event) => change(index, key, event.currentTarget.value)}
                />
              </div>
            );
          };
          return (
            <li key={index} class="tutor-row">
              <p class="tutor-row__title">Tuteur {index + 1}</p>
              <div class="form-row">
                {field('name', 'Nom et prénom', 'text')}
                {field('email', 'Adresse électronique', 'email')}
              </div>
              <button
                type="button"
                class="button button--secondary button--small"
                onClick={() => remove(index)}
              >
                Retirer<span class="visually-hidden"> le tuteur {index + 1}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <p>
        <button
          type="button"
          id={`${id}-ajouter`}
          class="button button--secondary button--small"
          onClick={add}
        >
          Ajouter un tuteur ou une tutrice
        </button>
      </p>
      <p role="status" class="visually-hidden">
        {status}
      </p>
    </fieldset>
  );
}
