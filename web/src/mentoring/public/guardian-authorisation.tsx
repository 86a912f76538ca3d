import { useState } from 'preact/hooks';
import { PageHeading } from '../../components/page-heading.tsx';
import { CheckboxGroup } from '../../conventions/components/fields.tsx';
import type { FieldErrors } from '../../lib/use-form.ts';
import {
  GuardianLinkPage,
  type GuardianOutcome,
  GuardianResponse,
  guardianFieldId,
} from '../../public/guardian/guardian-page.tsx';
import { mentoringPublicApi } from '../api.ts';
import { guardianScopeLabels } from '../labels.ts';
import type { GuardianRequest, GuardianScope, Relationship } from '../types.ts';

const required: GuardianScope[] = ['share_profile', 'meetings'];
const scopeOrder: GuardianScope[] = ['share_profile', 'meetings', 'contact'];

function Answered({ request, outcome }: { request: GuardianRequest; outcome: GuardianOutcome }) {
  return outcome === 'given' ? (
    <>
      <p>
        <strong>{`Merci. ${request.firstName} peut participer au programme « ${request.programName} ».`}</strong>
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
  );
}

function Ask(props: {
  slug: string;
  token: string;
  request: GuardianRequest;
  onAnswered: (outcome: GuardianOutcome) => void;
}) {
  const { slug, token, request } = props;
  // What the guardian shares is a choice here: the profile and the meetings are needed, contact is not.
  const [scope, setScope] = useState<string[]>([]);
  const scopeText = (key: GuardianScope) => request.scopes?.[key] ?? guardianScopeLabels[key];
  const scopeOptions = scopeOrder.map((key) => ({
    value: key,
    label: `${scopeText(key)}${required.includes(key) ? ' (nécessaire au mentorat)' : ' (facultatif)'}`,
  }));
  const checkScope = (): FieldErrors =>
    required.every((key) => scope.includes(key))
      ? {}
      : { scope: 'Le mentorat demande au moins le partage du profil et les rencontres.' };

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
      <GuardianResponse
        request={request}
        choices={(errors) => (
          <CheckboxGroup
            id={guardianFieldId('scope')}
            legend="Ce que vous autorisez"
            options={scopeOptions}
            values={scope}
            onValues={setScope}
            error={errors.scope}
          />
        )}
        check={checkScope}
        consentLabel={`Je suis titulaire de l’autorité parentale sur ${request.firstName} et j’autorise sa participation au programme « ${request.programName} » dans les conditions ci-dessus.`}
        refusalNote={`${request.firstName} ne participera pas au programme et aucune information ne sera transmise à un mentor.`}
        give={(answer) =>
          mentoringPublicApi.authorise(slug, token, {
            guardianName: answer.guardianName,
            relationship: answer.relationship as Relationship,
            scope: scope as GuardianScope[],
            consent: true,
          })
        }
        refuse={() => mentoringPublicApi.refuseAuthorisation(slug, token)}
        onAnswered={props.onAnswered}
      />
    </>
  );
}

export default function GuardianAuthorisation({ tenant, token }: { tenant: string; token: string }) {
  return (
    <GuardianLinkPage
      tenant={tenant}
      token={token}
      load={() => mentoringPublicApi.authorisation(tenant, token)}
      ask={(request, onAnswered) => (
        <Ask slug={tenant} token={token} request={request} onAnswered={onAnswered} />
      )}
      answered={(request, outcome) => <Answered request={request} outcome={outcome} />}
    />
  );
}
