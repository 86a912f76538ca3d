import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/field.tsx';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { InputField } from '../../conventions/components/fields.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { relationshipLabels } from '../../mentoring/labels.ts';
import { linkGate } from '../../mentoring/public/link-problem.tsx';
import { CheckboxField } from '../fields.tsx';
import { TenantBanner } from '../tenant-banner.tsx';

// A guardian's mailed link, whatever the program: who asks, what for, "give" or "refuse" (the
// refusal confirmed), then the answer kept. Mentoring and Pass'3e differ only in their texts and
// in what the guardian may choose (mentoring's scopes), which they pass in.

export type GuardianOutcome = 'given' | 'refused';

export type GuardianRequestBase = {
  firstName: string;
  programName: string;
  schoolName: string;
  tenantName: string;
  decision: GuardianOutcome | null;
};

export const guardianFieldId = (field: string) => `autorisation-${field}`;

const LABELS: Record<string, string> = {
  scope: 'Ce que vous autorisez',
  guardianName: 'Vos nom et prénom',
  relationship: 'Votre lien avec l’élève',
  consent: 'Accord',
};

/** The answer once given (or found given when the link is opened again). */
function Answered(props: {
  request: GuardianRequestBase;
  outcome: GuardianOutcome;
  fresh: boolean;
  children: ComponentChildren;
}) {
  const { request, outcome, fresh } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (fresh) ref.current?.focus();
  }, [fresh]);
  return (
    <>
      <PageHeading title={outcome === 'given' ? 'Autorisation enregistrée' : 'Refus enregistré'} />
      <Notice tone={outcome === 'given' ? 'success' : 'info'} noticeRef={ref}>
        {props.children}
      </Notice>
      <p>
        Vous pouvez changer d’avis à tout moment en écrivant à {request.tenantName} ou à {request.schoolName}.
      </p>
    </>
  );
}

export type GuardianAnswer = { guardianName: string; relationship: string };

/**
 * The response form: what the program adds first (`choices`), then name, relationship and the
 * consent box, "Donner mon autorisation" and a confirmed "Refuser".
 */
export function GuardianResponse(props: {
  request: GuardianRequestBase;
  consentLabel: string;
  refusalNote: ComponentChildren;
  /** Given the form's errors, so a choice shows its own (from the client check or the server). */
  choices?: (errors: FieldErrors) => ComponentChildren;
  /** Extra client checks (mentoring's required scopes), merged before the common ones. */
  check?: () => FieldErrors;
  give: (answer: GuardianAnswer) => Promise<unknown>;
  refuse: () => Promise<unknown>;
  onAnswered: (outcome: GuardianOutcome) => void;
}) {
  const { request, onAnswered } = props;
  const form = useForm({ guardianName: '', relationship: '', consent: '' });
  const [refusing, setRefusing] = useState(false);
  const [refuseFailure, setRefuseFailure] = useState<string | null>(null);
  const { values, errors, set } = form;

  const check = (): FieldErrors => {
    const found: FieldErrors = { ...props.check?.() };
    if (!values.guardianName.trim()) found.guardianName = 'Saisissez vos nom et prénom.';
    if (!values.relationship) found.relationship = `Indiquez votre lien avec ${request.firstName}.`;
    if (!values.consent) found.consent = 'Cochez la case pour donner votre autorisation.';
    return found;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    return form.submit(check, async () => {
      await props.give({ guardianName: values.guardianName.trim(), relationship: values.relationship });
      onAnswered('given');
    });
  };

  const refuse = async () => {
    try {
      await props.refuse();
      setRefusing(false);
      onAnswered('refused');
    } catch (error) {
      setRefusing(false);
      setRefuseFailure((error as ApiError).message);
    }
  };

  return (
    <>
      {refuseFailure ? <Notice tone="error">{refuseFailure}</Notice> : null}
      <form class="card" noValidate onSubmit={onSubmit} aria-labelledby="autorisation-titre">
        <h2 id="autorisation-titre">Votre réponse</h2>
        <ErrorSummary
          summaryRef={form.summaryRef}
          errors={errors}
          message={form.message}
          labels={LABELS}
          idFor={guardianFieldId}
        />
        {props.choices?.(errors)}
        <InputField
          id={guardianFieldId('guardianName')}
          label={LABELS.guardianName!}
          required
          autoComplete="name"
          maxLength={120}
          value={values.guardianName}
          onValue={set('guardianName')}
          error={errors.guardianName}
        />
        <SelectField
          id={guardianFieldId('relationship')}
          label={`Votre lien avec ${request.firstName}`}
          required
          options={[
            { value: '', label: 'Choisir' },
            ...Object.entries(relationshipLabels).map(([value, label]) => ({ value, label })),
          ]}
          value={values.relationship}
          onValue={set('relationship')}
          error={errors.relationship}
        />
        <CheckboxField
          id={guardianFieldId('consent')}
          label={props.consentLabel}
          checked={values.consent === 'oui'}
          onChecked={(checked) => set('consent')(checked ? 'oui' : '')}
          error={errors.consent}
        />
        <div class="actions">
          <button type="submit" class="button" aria-disabled={form.submitting ? 'true' : undefined}>
            Donner mon autorisation
          </button>
          <button type="button" class="button button--secondary" onClick={() => setRefusing(true)}>
            Refuser
          </button>
        </div>
      </form>
      {refusing ? (
        <ConfirmDialog
          title="Refuser la participation ?"
          confirmLabel="Refuser la participation"
          cancelLabel="Revenir au formulaire"
          onConfirm={refuse}
          onCancel={() => setRefusing(false)}
        >
          <p>{props.refusalNote}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/**
 * The page around them: the link checked (unknown, used, failure), the tenant's banner, then the
 * request (`ask`) or the answer kept (`answered`).
 */
export function GuardianLinkPage<R extends GuardianRequestBase>(props: {
  tenant: string;
  token: string;
  load: () => Promise<R>;
  ask: (request: R, onAnswered: (outcome: GuardianOutcome) => void) => ComponentChildren;
  answered: (request: R, outcome: GuardianOutcome) => ComponentChildren;
}) {
  const loaded = useAsync(props.load, [props.tenant, props.token]);
  const [outcome, setOutcome] = useState<GuardianOutcome | null>(null);
  const gate = linkGate(loaded, 'd’autorisation');
  if (gate || !loaded.data) return gate;
  const request = loaded.data;
  const decided = outcome ?? request.decision;
  return (
    <>
      <TenantBanner tenant={{ name: request.tenantName, brandColor: null }} />
      {decided ? (
        <Answered request={request} outcome={decided} fresh={Boolean(outcome)}>
          {props.answered(request, decided)}
        </Answered>
      ) : (
        props.ask(request, setOutcome)
      )}
    </>
  );
}
