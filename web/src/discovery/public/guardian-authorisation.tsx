import { PageHeading } from '../../components/page-heading.tsx';
import {
  GuardianLinkPage,
  type GuardianOutcome,
  GuardianResponse,
} from '../../public/guardian/guardian-page.tsx';
import { discoveryPublicApi } from '../api.ts';
import { ofName, weekTitle } from '../labels.ts';
import type { GuardianRequest } from '../types.ts';

function Answered({ request, outcome }: { request: GuardianRequest; outcome: GuardianOutcome }) {
  return (
    <>
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
  const scopes = request.scopes ?? {};
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
      <GuardianResponse
        request={request}
        consentLabel={`Je suis titulaire de l’autorité parentale sur ${request.firstName} et j’autorise sa participation à « ${request.programName} » dans les conditions ci-dessus.`}
        refusalNote={`${request.firstName} ne participera pas à la semaine de découverte.`}
        give={(answer) => discoveryPublicApi.authorise(slug, token, { ...answer, consent: true })}
        refuse={() => discoveryPublicApi.refuse(slug, token)}
        onAnswered={props.onAnswered}
      />
    </>
  );
}

/** The guardian's link: authorise or refuse the discovery week, like the mentoring one. */
export default function GuardianAuthorisation({ tenant, token }: { tenant: string; token: string }) {
  return (
    <GuardianLinkPage
      tenant={tenant}
      token={token}
      load={() => discoveryPublicApi.authorisation(tenant, token)}
      ask={(request, onAnswered) => (
        <Ask slug={tenant} token={token} request={request} onAnswered={onAnswered} />
      )}
      answered={(request, outcome) => <Answered request={request} outcome={outcome} />}
    />
  );
}
