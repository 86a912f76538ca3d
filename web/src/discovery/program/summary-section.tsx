import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { formatDate } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { discoveryApi } from '../api.ts';
import { frenchNumber, weekTitle } from '../labels.ts';
import type { Summary, Week } from '../types.ts';
import type { SectionProps } from './section-props.ts';

const percent = (share: number) => `${frenchNumber(share * 100, 0)} %`;
const count = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** The one-page figures for elected officials, every one written as text. */
function figuresOf(summary: Summary): [string, string][] {
  const genders = [count(summary.girls, 'fille', 'filles'), count(summary.boys, 'garçon', 'garçons')];
  if (summary.otherGender) genders.push(count(summary.otherGender, 'autre', 'autres'));
  const rows: [string, string][] = [
    ['Élèves accueillis', summary.studentsHosted.toLocaleString('fr-FR')],
    ['Collèges', summary.schools.toLocaleString('fr-FR')],
    ['Part des élèves de REP+', percent(summary.repPlusShare)],
    ['Filles et garçons', genders.join(', ')],
    [
      'Services et entreprises accueillants',
      `${summary.services}${summary.mixedJobServices ? `, dont ${summary.mixedJobServices} aux métiers mixtes` : ''}`,
    ],
  ];
  if (summary.tutors !== undefined) rows.push(['Tuteurs et tutrices', String(summary.tutors)]);
  if (summary.attendanceRate !== undefined) {
    rows.push([
      'Présence',
      summary.attendanceRate === null ? 'Pas encore notée' : percent(summary.attendanceRate),
    ]);
  }
  rows.push([
    'Satisfaction',
    summary.satisfaction === null
      ? 'Pas encore de réponse'
      : `${frenchNumber(summary.satisfaction, 1)} sur 5${summary.surveyAnswers ? ` (${count(summary.surveyAnswers, 'réponse', 'réponses')})` : ''}`,
  ]);
  return rows;
}

function Figures({ summary }: { summary: Summary }) {
  return (
    <dl class="figures">
      {figuresOf(summary).map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Bilan: figures, the PDF and survey exports, and closing (or reopening) a week's booklets. */
export function SummarySection({ tenantSlug, program, onChanged }: SectionProps) {
  const summary = useAsync(() => discoveryApi.summary(tenantSlug, program.id), [tenantSlug, program.id]);
  const [closing, setClosing] = useState<Week | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const weeks = program.weeks ?? [];
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const setClosed = async (week: Week, closed: boolean) => {
    setClosing(null);
    try {
      await discoveryApi.setWeekClosed(tenantSlug, program.id, week.id, closed);
      setNotice({
        tone: 'success',
        text: closed
          ? `${weekTitle(week.startDate)} close : les livrets de ses élèves ne se modifient plus, et ses tuteurs et collèges reçoivent le questionnaire.`
          : `${weekTitle(week.startDate)} rouverte : ses élèves peuvent de nouveau compléter leur livret.`,
      });
      onChanged?.();
    } catch (error) {
      setNotice({ tone: 'error', text: (error as ApiError).message });
    }
  };

  return (
    <>
      <h2>Bilan</h2>
      {summary.status === 'error' ? <Notice tone="error">{summary.error.message}</Notice> : null}
      {summary.status === 'loading' && !summary.data ? <Loading /> : null}
      {summary.data ? <Figures summary={summary.data} /> : null}
      <ul class="plain-list exports">
        <li>
          <a
            class="button button--secondary"
            href={discoveryApi.summaryPdfUrl(tenantSlug, program.id)}
            download
          >
            Télécharger le bilan (PDF)
          </a>
        </li>
        <li>
          <a
            class="button button--secondary"
            href={discoveryApi.surveysCsvUrl(tenantSlug, program.id)}
            download
          >
            Exporter les réponses aux questionnaires (CSV)
          </a>
        </li>
      </ul>
      <h3>Semaines</h3>
      <p>
        Clore une semaine fige les livrets de ses élèves : ils restent lisibles mais ne se modifient plus. Ses
        tuteurs et collèges reçoivent alors le questionnaire de fin de semaine.
      </p>
      {notice ? (
        <Notice tone={notice.tone} noticeRef={noticeRef}>
          {notice.text}
        </Notice>
      ) : null}
      {weeks.length ? (
        <ul class="week-list">
          {weeks.map((week) => {
            const title = weekTitle(week.startDate);
            return (
              <li key={week.id}>
                <span>{title}</span>{' '}
                {week.closedAt ? (
                  <>
                    <span class="tag tag--muted">Close le {formatDate(week.closedAt)}</span>{' '}
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      onClick={() => setClosed(week, false)}
                    >
                      Rouvrir<span class="visually-hidden"> la {title.toLowerCase()}</span>
                    </button>
                  </>
                ) : (
                  <>
                    <span class="tag">Ouverte</span>{' '}
                    <button
                      type="button"
                      id={`clore-${week.id}`}
                      class="button button--secondary button--small"
                      onClick={() => setClosing(week)}
                    >
                      Clore<span class="visually-hidden"> la {title.toLowerCase()}</span>
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>Aucune semaine dans ce programme.</p>
      )}
      {closing ? (
        <ConfirmDialog
          title={`Clore la ${weekTitle(closing.startDate).toLowerCase()} ?`}
          confirmLabel="Clore la semaine"
          cancelLabel="Laisser ouverte"
          onConfirm={() => setClosed(closing, true)}
          onCancel={() => {
            const id = closing.id;
            setClosing(null);
            requestAnimationFrame(() => document.getElementById(`clore-${id}`)?.focus());
          }}
        >
          <p>
            Les élèves ne pourront plus compléter leur livret de cette semaine. Vous pourrez la rouvrir, par
            exemple pour un élève absent le dernier jour.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
