import { weekTitle } from '../labels.ts';
import type { Booklet } from '../types.ts';
import { assessmentFields, dayFields, dayTitle, hostLine, serviceDays } from './booklet-pages.ts';

function Answers({
  fields,
  content,
}: {
  fields: { key: string; label: string }[];
  content: Record<string, string | undefined> | undefined;
}) {
  return (
    <dl class="booklet-answers">
      {fields.map((field) => (
        <div key={field.key}>
          <dt>{field.label}</dt>
          <dd>
            {content?.[field.key]?.trim() ? content[field.key] : <span class="muted">Pas encore rempli</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The whole booklet, read-only: for the school, the tutor, and the pupil once the week is closed. */
export function BookletView({ booklet, showMeta = true }: { booklet: Booklet; showMeta?: boolean }) {
  return (
    <div class="booklet-view">
      {showMeta ? (
        <p class="booklet-meta">
          {booklet.week ? weekTitle(booklet.week.startDate) : 'Semaine pas encore planifiée'}
          {booklet.group ? ` · Groupe ${booklet.group.number}` : ''}
        </p>
      ) : null}
      {serviceDays(booklet).map((day) => (
        <section key={day.page} class="booklet-page" aria-labelledby={`lecture-${day.page}`}>
          <h2 id={`lecture-${day.page}`}>{dayTitle(booklet, day)}</h2>
          <p class="booklet-host">{hostLine(day)}</p>
          <Answers fields={dayFields} content={booklet.pages[day.page]} />
        </section>
      ))}
      <section class="booklet-page" aria-labelledby="lecture-bilan">
        <h2 id="lecture-bilan">Bilan et projets</h2>
        <Answers fields={assessmentFields} content={booklet.pages.assessment} />
      </section>
    </div>
  );
}
