import { PageHeading } from '../../components/page-heading.tsx';
import { SurveyForm } from '../components/survey-form.tsx';

/** The survey link mailed to tutors and schools once a week is closed. */
export default function SurveyScreen({ tenant, token }: { tenant: string; token: string }) {
  return (
    <div class="narrow-text">
      <PageHeading title="Votre avis sur la semaine Pass’3e" />
      <p class="lead">
        La semaine de découverte est terminée. Votre avis aide la coordination à améliorer les prochaines :
        une note suffit, le commentaire est libre.
      </p>
      <SurveyForm slug={tenant} token={token} familiar={false} title="Votre réponse" />
    </div>
  );
}
