import { useState } from 'preact/hooks';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { LinkProblem } from '../../mentoring/public/link-problem.tsx';
import { TenantBanner } from '../../public/tenant-banner.tsx';
import { ServiceError } from '../../screens/service-error.tsx';
import { discoveryPublicApi } from '../api.ts';
import { isClosed, isEditable } from '../booklet/booklet-pages.ts';
import { BookletView } from '../booklet/booklet-view.tsx';
import { SurveyForm } from '../components/survey-form.tsx';
import { ofName, weekTitle } from '../labels.ts';
import type { Booklet } from '../types.ts';
import { BookletEditor } from './booklet-editor.tsx';

/** An expired booklet link: the pupil has no account, so the page says whom to ask. */
function ExpiredLink({ message }: { message: string }) {
  return (
    <div class="narrow-text">
      <PageHeading title="Ce lien de livret n’est plus valable" />
      <Notice tone="info">{message}</Notice>
      <p>Demande un nouveau lien à ton collège : il le fera envoyer par la coordination du programme.</p>
    </div>
  );
}

function ReadOnly({
  booklet,
  closed,
  message,
}: {
  booklet: Booklet;
  closed: boolean;
  message: string | null;
}) {
  return (
    <>
      <Notice tone="info">
        <p>
          <strong>
            {closed
              ? 'La semaine est terminée : ton livret ne se modifie plus.'
              : 'Ton livret est en lecture seule.'}
          </strong>
        </p>
        <p>{message ?? 'Tu peux toujours le relire et l’imprimer.'}</p>
      </Notice>
      <BookletView booklet={booklet} showMeta={false} />
    </>
  );
}

/** The pupil's booklet, opened from the link they received: filled in during the week, on a phone. */
export default function BookletScreen({ tenant, token }: { tenant: string; token: string }) {
  const loaded = useAsync(() => discoveryPublicApi.booklet(tenant, token), [tenant, token]);
  const [closedMessage, setClosedMessage] = useState<string | null>(null);
  // Pages saved during this visit: the contents and a read-only view after closing show them.
  const [saved, setSaved] = useState<Booklet['pages']>({});
  if (loaded.status === 'error') {
    if (loaded.error.status === 404) return <LinkProblem kind="unknown" what="de livret" />;
    if (loaded.error.status === 409 || loaded.error.status === 410) {
      return <ExpiredLink message={loaded.error.message} />;
    }
    return <ServiceError error={loaded.error} />;
  }
  if (!loaded.data) return <Loading />;
  const booklet = { ...loaded.data, pages: { ...loaded.data.pages, ...saved } };
  const closed = isClosed(booklet) || closedMessage !== null;
  const editable = isEditable(booklet) && closedMessage === null;
  const survey =
    booklet.week && booklet.survey && !booklet.survey.answered ? (
      <SurveyForm
        slug={tenant}
        token={token}
        familiar
        title="Ton avis sur la semaine"
        extraQuestions={booklet.survey.extraQuestions ?? []}
      />
    ) : null;
  return (
    <div class="booklet">
      {booklet.tenantName ? <TenantBanner tenant={{ name: booklet.tenantName, brandColor: null }} /> : null}
      <PageHeading title={`Livret ${ofName(booklet.student.firstName)}`} />
      <p class="booklet-meta">
        {booklet.programName ? `${booklet.programName} · ` : ''}
        {booklet.week ? weekTitle(booklet.week.startDate) : 'Semaine pas encore planifiée'}
        {booklet.group ? ` · Groupe ${booklet.group.number}` : ''}
      </p>
      {booklet.week ? (
        <p>
          <a
            href={discoveryPublicApi.bookletPdfUrl(tenant, token)}
            class="button button--secondary"
            target="_blank"
            rel="noopener"
          >
            Imprimer / PDF<span class="visually-hidden"> (ouvre un nouvel onglet)</span>
          </a>
        </p>
      ) : null}
      {!booklet.week ? (
        <Notice tone="info">
          Ton livret s’ouvrira quand ta semaine de découverte sera planifiée : garde ce lien, il servira toute
          la semaine.
        </Notice>
      ) : editable ? (
        <>
          <p>
            Remplis une page par journée de découverte, puis la page « Bilan et projets ». Pense à enregistrer
            chaque page.
          </p>
          <BookletEditor
            slug={tenant}
            token={token}
            booklet={booklet}
            onSaved={(page, content) => setSaved((previous) => ({ ...previous, [page]: content }))}
            onClosed={setClosedMessage}
            afterAssessment={survey}
          />
        </>
      ) : (
        <>
          <ReadOnly booklet={booklet} closed={closed} message={closedMessage} />
          {survey}
        </>
      )}
    </div>
  );
}
