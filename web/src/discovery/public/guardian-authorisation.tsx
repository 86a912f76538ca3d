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
import { CheckboxField } from '../../public/fields.tsx';
import { TenantBanner } from '../../public/tenant-banner.tsx';
import { discoveryPublicApi } from '../api.ts';
import { ofName, weekTitle } from '../labels.ts';
import type { GuardianRequest } from '../types.ts';

const fieldId = (field: string) => `autorisation-${field}`;
const labels: Record<string, string> = {
  guardianName: 'Vos nom et prénom',
  relationship: 'Votre lien avec l’élève',
  consent: 'Accord',
  scope: 'Ce que vous autorisez',
};

type Outcome = 'given' | 'refused';

function Answered({
  request,
  outcome,
  fresh,
}: {
  request: GuardianRequest;
  outcome: Outcome;
  fresh: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (fresh) ref.current?.focus();
  }, [fresh]);
  return (
    <>
      <PageHeading title={outcome === 'given' ? 'Autorisation enregistrée' : 'Refus enregistré'} />
      <Notice tone={outcome === 'given' ? 'success' : 'info'} noticeRef={ref}>
        <p>
          <strong>
            {outcome === 'given'
              ? `Merci. ${request.firstName} peut participer à « ${request.programName} ».`
              : `Votre refus est enregistré : ${request.firstName} ne participera pas à « ${request.programName} ».`}
          </strong>
        </p>
        <p>
          {outcome === 'given'
            ? 'Le collège vous communique la semaine, le groupe et le programme des journées dès que le planning est prêt.'
            : 'Aucune information sur votre enfant n’est transmise aux services qui accueillent.'}
        </p>
      </Notice>
      <p>
        Vous pouvez changer d’avis à tout moment en écrivant à {request.tenantName} ou à {request.schoolName}.
      </p>
    </>
  );
}

function AuthorisationForm(props: {
  slug: string;
  token: string;
  request: GuardianRequest;
  onAnswered: (outcome: Outcome) => void;
}) {
  const { slug, token, request, onAnswered } = props;
  const form = useForm({ guardianName: '', relationship: '', consent: '' });
  const [refusing, setRefusing] = useState(false);
  const [refuseFailure, setRefuseFailure] = useState<string | null>(null);
  const { values, errors, set } = form;
  const scopes = request.scopes ?? {};

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!values.guardianName.trim()) found.guardianName = 'Saisissez vos nom et prénom.';
    if (!values.relationship) found.relationship = `Indiquez votre lien avec ${request.firstName}.`;
    if (!values.consent) found.consent = 'Cochez la case pour donner votre autorisation.';
    return found;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    return form.submit(check, async () => {
      await discoveryPublicApi.authorise(slug, token, {
        guardianName: values.guardianName.trim(),
        relationship: values.relationship,
        consent: true,
      });
      onAnswered('given');
    });
  };

  const refuse = async () => {
    try {
      await discoveryPublicApi.refuse(slug, token);
      setRefusing(false);
      onAnswered('refused');
    } catch (error) {
      setRefusing(false);
      setRefuseFailure((error as ApiError).message);
    }
  };

  return (
    <>
      <PageHeading title={`Autoriser ${request.firstName} à participer au Pass’3e`} />
      <p class="lead">
        {request.schoolName} propose à {request.firstName} une semaine de découverte des métiers de{' '}
        {request.tenantName} : « {request.programName} ». Votre autorisation est nécessaire.
      </p>
      <h2>La semaine, en quelques mots</h2>
      <ul>
        {request.weekStart ? (
          <li>{weekTitle(request.weekStart)}, en petit groupe d’élèves de plusieurs collèges.</li>
        ) : null}
        <li>Le premier jour, une journée citoyenneté pour découvrir le rôle de la collectivité.</li>
        <li>
          Trois jours dans trois services différents, avec un tuteur ou une tutrice : observer, interviewer un
          agent, faire une activité, et tenir un livret.
        </li>
        <li>Le dernier jour, une restitution et une rencontre avec les élus.</li>
        <li>Les tuteurs ne connaissent que le prénom et le collège {ofName(request.firstName)}.</li>
      </ul>
      {Object.keys(scopes).length ? (
        <>
          <h2>Ce que vous autorisez</h2>
          <ul>
            {Object.entries(scopes).map(([key, text]) => (
              <li key={key}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {refuseFailure ? <Notice tone="error">{refuseFailure}</Notice> : null}
      <form class="card" noValidate onSubmit={onSubmit} aria-labelledby="autorisation-titre">
        <h2 id="autorisation-titre">Votre réponse</h2>
        <ErrorSummary
          summaryRef={form.summaryRef}
          errors={errors}
          message={form.message}
          labels={labels}
          idFor={fieldId}
        />
        <InputField
          id={fieldId('guardianName')}
          label={labels.guardianName!}
          required
          autoComplete="name"
          maxLength={120}
          value={values.guardianName}
          onValue={set('guardianName')}
          error={errors.guardianName}
        />
        <SelectField
          id={fieldId('relationship')}
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
          id={fieldId('consent')}
          label={`Je suis titulaire de l’autorité parentale sur ${request.firstName} et j’autorise sa participation à « ${request.programName} » dans les conditions ci-dessus.`}
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
          <p>{request.firstName} ne participera pas à la semaine de découverte.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/** The guardian's link: authorise or refuse the discovery week, like the mentoring one. */
export default function GuardianAuthorisation({ tenant, token }: { tenant: string; token: string }) {
  const loaded = useAsync(() => discoveryPublicApi.authorisation(tenant, token), [tenant, token]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const what = 'd’autorisation';
  const gate = linkGate(loaded, what);
  if (gate || !loaded.data) return gate;
  const request = loaded.data;
  const decided = outcome ?? request.decision;
  return (
    <>
      <TenantBanner tenant={{ name: request.tenantName, brandColor: null }} />
      {decided ? (
        <Answered request={request} outcome={decided} fresh={Boolean(outcome)} />
      ) : (
        <AuthorisationForm slug={tenant} token={token} request={request} onAnswered={setOutcome} />
      )}
    </>
  );
}
