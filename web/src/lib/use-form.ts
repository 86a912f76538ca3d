import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../api/client.ts';

export type FieldErrors = Record<string, string>;

/**
 * Form values, field errors and a summary that takes the focus when a submit fails. Values are
 * never cleared on failure: what the person typed stays on screen.
 */
export function useForm<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const set = (name: keyof T & string) => (value: string) =>
    setValues((previous) => ({ ...previous, [name]: value }));

  const fail = (fieldErrors: FieldErrors, formMessage: string | null = null) => {
    setErrors(fieldErrors);
    setMessage(formMessage);
    setFailures((n) => n + 1);
  };

  const clear = () => {
    setErrors({});
    setMessage(null);
  };

  /** Runs `action` unless client checks fail; maps an ApiError's `fields` onto the form. */
  const submit = async (check: () => FieldErrors, action: () => Promise<void>) => {
    const found = check();
    if (Object.keys(found).length) return fail(found);
    setSubmitting(true);
    try {
      await action();
      clear();
    } catch (error) {
      const apiError = error as ApiError;
      const fields = apiError.fields ?? {};
      const hasFields = Object.keys(fields).length > 0;
      fail(fields, hasFields && apiError.code === 'VALIDATION' ? null : apiError.message);
    } finally {
      setSubmitting(false);
    }
  };

  return { values, setValues, set, errors, message, submitting, summaryRef, submit, clear };
}
