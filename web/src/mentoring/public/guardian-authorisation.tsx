import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/field.tsx';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { CheckboxGroup, InputField } from '../../conventions/components/fields.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { CheckboxField } from '../../public/fields.tsx';
import { TenantBanner } from '../../public/tenant-banner.tsx';
import { mentoringPublicApi } from '../api.ts';
import { guardianScopeLabels, relationshipLabels } from '../labels.ts';
import type { GuardianRequest, GuardianScope, Relationship } from '../types.ts';
import { linkGate } from './link-problem.tsx';

const required: GuardianScope[] = ['share_profile', 'meetings'];
const scopeOrder: GuardianScope[] = ['share_profile', 'meetings', 'contact'];
const fieldId = (field: string) => `autorisation-${field}`;
const labels: Record<string, string> = {
  scope: 'Ce que vous autorisez',
  guardianName: 'Vos nom et prénom',
  relationship: 'Votre lien avec l’élève',
  consent: 'Accord',
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
        {outcome === 'given' ? (
          <>
            <p>
              <strong>
                {`Merci. ${request.firstName} peut participer au programme « ${request.programName} ».`}
              </strong>
            </p>
            <p>
              La coordination lui propose un mentor dans les prochaines semaines ; l’établissement vous tient
              informé·e de la première rencontre.
            </p>
          </>
        ) : (
          <>
            <p>
              <strong>
                {`Votre refus est enregistré : ${request.firstName} ne participera pas au programme « ${request.programName} ».`}
              </strong>
            </p>
            <p>Aucune information sur votre enfant n’est transmise à un mentor.</p>
          </>
        )}
      </Notice>
      <p>
        Vous pouvez changer d’avis à tout moment en écrivant à {request.tenantName} ou à {request.schoolName}.
      </p>
    </>
  );
}

function AuthorisationForm({
  slug,
  token,
  request,
  onAnswered,
}: {
  slug: string;
  token: string;
  request: GuardianRequest;
  onAnswered: (outcome: Outcome) => void;
}) {
  const form = useForm({ guardianName: '', relationship: '', consent: '' });
  const [scope, setScope] = useState<string[]>([]);
  const [refusing, setRefusing] = useState(false);
  const [refuseFailure, setRefuseFailure] = useState<string | null>(null);
  const { values, errors, set } = form;
  const scopeText = (key: GuardianScope) => request.scopes?.[key] ?? guardianScopeLabels[key];
  const scopeOptions = scopeOrder.map((key) => ({
    value: key,
    label: `${scopeText(key)}${required.includes(key) ? ' (nécessaire au mentorat)' : ' (facultatif)'}`,
  }));

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!required.every((key) => scope.includes(key))) {
      found.scope = 'Le mentorat demande au moins le partage du profil et les rencontres.';
    }
    if (!values.guardianName.trim()) found.guardianName = 'Saisissez vos nom et prénom.';
    if (!values.relationship) found.relationship = `Indiquez votre lien avec ${request.firstName}.`;
    if (!values.consent) found.consent = 'Cochez la case pour donner votre autorisation.';
    return found;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    return form.submit(check, async () => {
      await mentoringPublicApi.authorise(slug, token, {
        guardianName: values.guardianName.trim(),
        relationship: values.relationship as Relationship,
        scope: scope as GuardianScope[],
        consent: true,
      });
      onAnswered('given');
    });
  };

  const refuse = async () => {
    try {
      await mentoringPublicApi.refuseAuthorisation(slug, token);
      setRefusing(false);
      onAnswered('refused');
    } catch (error) {
      setRefusing(false);
      setRefuseFailure((error as ApiError).message);
    }
  };

  return (
    <>
      <PageHeading title={`Autoriser ${request.firstName} à participer au mentorat`} />
      <p class="lead">
        {request.tenantName} propose à {request.firstName}, élève de {request.schoolName}, de participer au
        programme « {request.programName} ». Votre autorisation est nécessaire avant toute mise en relation.
      </p>
      <h2>Le mentorat, en quelques mots</h2>
      <ul>
        <li>
          Un·e professionnel·le bénévole, salarié·e d’une entreprise ou agent de la collectivité, accompagne{' '}
          {request.firstName} pendant l’année scolaire : découverte des métiers, orientation, confiance en
          soi.
        </li>
        <li>
          Les rencontres ont lieu dans un cadre connu de la coordination : l’établissement, un lieu public ou
          le lieu de travail du mentor.
        </li>
        <li>
          Chaque mentor a signé une charte et la collectivité vérifie son honorabilité avant toute rencontre.
        </li>
        <li>
          Le mentor ne connaît que le prénom, le niveau, l’établissement et les centres d’intérêt : jamais le
          nom de famille, l’adresse ou la situation de la famille.
        </li>
      </ul>
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
        <CheckboxGroup
          id={fieldId('scope')}
          legend={labels.scope!}
          options={scopeOptions}
          values={scope}
          onValues={setScope}
          error={errors.scope}
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
          label={`Je suis titulaire de l’autorité parentale sur ${request.firstName} et j’autorise sa participation au programme « ${request.programName} » dans les conditions ci-dessus.`}
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
          <p>
            {request.firstName} ne participera pas au programme et aucune information ne sera transmise à un
            mentor.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

export default function GuardianAuthorisation({ tenant, token }: { tenant: string; token: string }) {
  const loaded = useAsync(() => mentoringPublicApi.authorisation(tenant, token), [tenant, token]);
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
