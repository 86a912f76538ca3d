import type { Ref } from 'preact';
import type { FieldErrors } from './use-form.ts';

type Form<T extends Record<string, string>> = {
  values: T;
  errors: FieldErrors;
  message: string | null;
  summaryRef: Ref<HTMLDivElement>;
  set: (name: keyof T & string) => (value: string) => void;
};

/**
 * What a form's fields and its error summary take from `useForm`, given the form's ids and visible
 * labels: `<ErrorSummary {...summary} />`, `<TextField {...field('name')} required />`. The summary
 * and the fields then read the same label, and a summary link lands on the field's id.
 */
export function bindForm<T extends Record<string, string>>(
  form: Form<T>,
  idFor: (field: string) => string,
  labels: Record<string, string>,
) {
  return {
    summary: { summaryRef: form.summaryRef, errors: form.errors, message: form.message, labels, idFor },
    field: (name: keyof T & string) => ({
      id: idFor(name),
      label: labels[name] ?? name,
      value: form.values[name],
      onValue: form.set(name),
      error: form.errors[name],
    }),
  };
}
