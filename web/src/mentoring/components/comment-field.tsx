import { useEffect, useRef, useState } from 'preact/hooks';
import { describedBy, FieldMessages } from '../../conventions/components/fields.tsx';

type Props = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  max: number;
  value: string;
  onValue: (value: string) => void;
};

const left = (max: number, value: string) => {
  const n = max - value.length;
  return `Il reste ${n.toLocaleString('fr-FR')} caractère${n > 1 ? 's' : ''} sur ${max.toLocaleString('fr-FR')}.`;
};

/**
 * An optional comment with a character counter. The counter is read with the field; a screen
 * reader also hears it once typing pauses, rather than at every key.
 */
export function CommentField({ id, label, hint, error, max, value, onValue }: Props) {
  const counterId = `${id}-compteur`;
  const [spoken, setSpoken] = useState('');
  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current) return;
    const timer = setTimeout(() => setSpoken(left(max, value)), 1000);
    return () => clearTimeout(timer);
  }, [value, max]);

  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>
        {label}
        <span class="optional"> (facultatif)</span>
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={id}
        rows={4}
        maxLength={max}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={[describedBy(id, hint, error), counterId].filter(Boolean).join(' ')}
        onInput={(event) => {
          typed.current = true;
          onValue(event.currentTarget.value);
        }}
      />
      <p id={counterId} class="hint">
        {left(max, value)}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}
