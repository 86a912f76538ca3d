import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { discoveryPublicApi } from '../api.ts';
import { SurveyForm } from '../components/survey-form.tsx';

/** The survey link mailed to tutors and schools once a week is closed. */
export default function SurveyScreen({ tenant, token }: { tenant: string; token: string }) {
  // What the link opens on: already answered, and the program's template questions. A link the
  // server does not know still shows the form: sending it says why it cannot be answered.
  const opened = useAsync(() => discoveryPublicApi.survey(tenant, token), [tenant, token]);
  return (
    <div class="narrow-text">
      <PageHeading title="Votre avis sur la semaine Pass’3e" />
      <p class="lead">
        La semaine de découverte est terminée. Votre avis aide la coordination à améliorer les prochaines :
        une note suffit, le commentaire est libre.
      </p>
      {opened.status === 'loading' && !opened.data ? (
        <Loading />
      ) : opened.data?.answered ? (
        <Notice tone="success">
          <strong>Vous avez déjà répondu à ce questionnaire. Merci !</strong>
        </Notice>
      ) : (
        <SurveyForm
          slug={tenant}
          token={token}
          familiar={false}
          title="Votre réponse"
          extraQuestions={opened.data?.extraQuestions ?? []}
        />
      )}
    </div>
  );
}
