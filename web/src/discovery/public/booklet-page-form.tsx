import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { describedBy, FieldMessages } from '../../conventions/components/fields.tsx';
import { useForm } from '../../lib/use-form.ts';
import { discoveryPublicApi } from '../api.ts';
import type { BookletAssessment, BookletDayContent } from '../types.ts';

export type PageField = { key: string; label: string; hint?: string; long: boolean };

type Props = {
  slug: string;
  token: string;
  page: string;
  title: string;
  subtitle?: string;
  fields: PageField[];
  initial: Record<string, string | undefined> | undefined;
  onSaved: (content: Record<string, string>) => void;
  /** The week was closed meanwhile (409): the booklet turns read-only. */
  onClosed: (message: string) => void;
  /** True when the pupil picked this page: reading starts at its title. */
  focusOnMount: boolean;
};

/** A free field: the pupil fills the page in as many goes as needed, nothing is required. */
function BookletField(props: {
  id: string;
  field: PageField;
  value: string;
  error?: string | undefined;
  onValue: (v: string) => void;
}) {
  const { id, field, value, error, onValue } = props;
  const common = {
    id,
    name: id,
    value,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, field.hint, error),
  };
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{field.label}</label>
      <FieldMessages id={id} hint={field.hint} error={error} />
      {field.long ? (
        <textarea
          {...common}
          rows={4}
          maxLength={2000}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          maxLength={200}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
    </div>
  );
}

const time = () =>
  new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' }).replace(':', ' h ');

/**
 * One page of the booklet, saved on demand. Whether the page is saved is always said in words:
 * "Enregistré à 14 h 05", or "Modifications non enregistrées" as soon as a field changes.
 */
export function BookletPageForm(props: Props) {
  const { slug, token, page, title, subtitle, fields, initial, onSaved, onClosed, focusOnMount } = props;
  const fieldId = (key: string) => `livret-${page}-${key}`;
  const start = Object.fromEntries(fields.map((f) => [f.key, initial?.[f.key] ?? '']));
  const form = useForm<Record<string, string>>(start);
  const [state, setState] = useState<'clean' | 'dirty' | 'saved'>('clean');
  const [savedAt, setSavedAt] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const labels = Object.fromEntries(fields.map((f) => [f.key, f.label]));

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, []);

  const change = (key: string) => (value: string) => {
    form.set(key)(value);
    setState('dirty');
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    return form.submit(
      () => ({}),
      async () => {
        const content = Object.fromEntries(fields.map((f) => [f.key, (form.values[f.key] ?? '').trim()]));
        try {
          await discoveryPublicApi.savePage(
            slug,
            token,
            page,
            content as unknown as BookletDayContent | BookletAssessment,
          );
        } catch (error) {
          if ((error as ApiError).status === 409) onClosed((error as ApiError).message);
          throw error;
        }
        setSavedAt(time());
        setState('saved');
        onSaved(content);
      },
    );
  };

  return (
    <form class="booklet-form" noValidate onSubmit={onSubmit} aria-labelledby={fieldId('titre')}>
      <h2 id={fieldId('titre')} tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      {subtitle ? <p class="booklet-host">{subtitle}</p> : null}
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={form.errors}
        message={form.message}
        labels={labels}
        idFor={fieldId}
      />
      {fields.map((field) => (
        <BookletField
          key={field.key}
          id={fieldId(field.key)}
          field={field}
          value={form.values[field.key] ?? ''}
          error={form.errors[field.key]}
          onValue={change(field.key)}
        />
      ))}
      <div class="booklet-form__save">
        <button type="submit" class="button" aria-disabled={form.submitting ? 'true' : undefined}>
          Enregistrer cette page
        </button>
        <p role="status" class={`save-state save-state--${state}`}>
          {form.submitting ? (
            'Enregistrement…'
          ) : state === 'saved' ? (
            <>
              <span aria-hidden="true">✓ </span>Enregistré à {savedAt}
            </>
          ) : state === 'dirty' ? (
            <>
              <span aria-hidden="true">● </span>Modifications non enregistrées
            </>
          ) : null}
        </p>
      </div>
    </form>
  );
}
