import type { ComponentChildren, Ref } from 'preact';
import { ErrorSummary } from '../../components/error-summary.tsx';
import type { FieldErrors } from '../../lib/use-form.ts';
import { Link } from '../../router.tsx';
import { fieldId, steps } from './engagement-values.ts';

type Props = {
  step: number;
  headingRef: Ref<HTMLHeadingElement>;
  summaryRef: Ref<HTMLDivElement>;
  errors: FieldErrors;
  message: string | null;
  labels: Record<string, string>;
  submitLabel: string;
  busy: boolean;
  backHref: string | null;
  onSubmit: () => void;
  children: ComponentChildren;
};

/** One step: its own form and heading, its error summary, then "continue" and "previous step". */
export function StepFrame(props: Props) {
  const { step, headingRef, summaryRef, errors, message, labels, submitLabel, busy, backHref } = props;
  return (
    <form
      class="card step"
      noValidate
      aria-labelledby="etape-titre"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) props.onSubmit();
      }}
    >
      <h2 id="etape-titre" ref={headingRef} tabIndex={-1}>
        <span class="step__count">
          Étape {step + 1} sur {steps.length}
        </span>{' '}
        {steps[step]!.title}
      </h2>
      <ErrorSummary
        summaryRef={summaryRef}
        errors={errors}
        message={message}
        labels={labels}
        idFor={fieldId}
      />
      {props.children}
      <div class="actions">
        {/* Not `disabled`: a disabled button would drop the keyboard focus while the request runs. */}
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {submitLabel}
        </button>
        {backHref ? (
          <Link href={backHref} class="button button--secondary">
            <span aria-hidden="true">← </span>Étape précédente
          </Link>
        ) : null}
      </div>
    </form>
  );
}
