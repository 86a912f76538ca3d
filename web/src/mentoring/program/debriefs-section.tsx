import { useState } from 'preact/hooks';
import { SelectField } from '../../components/field.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { useFlash } from '../../conventions/components/use-flash.ts';
import { useAsync } from '../../lib/use-async.ts';
import { mentoringApi } from '../api.ts';
import { DebriefAnswerCell } from '../components/debrief-answer.tsx';
import { DebriefSummaryTable } from '../components/debrief-summary.tsx';
import { PairStatusTag } from '../components/tags.tsx';
import { closeOutcomeLabels, schoolLevelLabels } from '../labels.ts';
import type { DebriefRespondent, PairDebriefs } from '../types.ts';
import { MenteeDebriefForm } from './mentee-debrief-form.tsx';
import type { SectionProps } from './section-props.ts';

const PAGE_SIZE = 20;
const filters = [
  { value: '', label: 'Tous les binômes concernés' },
  { value: 'mentor', label: 'Sans réponse du mentor' },
  { value: 'mentee', label: 'Sans réponse du jeune' },
];
const recordId = (pair: PairDebriefs) => `saisir-bilan-${pair.id}`;

function PairCell({ pair }: { pair: PairDebriefs }) {
  const { youngPerson: young } = pair;
  return (
    <>
      {pair.mentor.name} et {young.firstName}
      <span class="block">
        {schoolLevelLabels[young.level] ?? young.level}, {young.schoolName}
      </span>
      <span class="block">
        <PairStatusTag status={pair.status} />
        {pair.status === 'closed' && pair.closeOutcome ? ` ${closeOutcomeLabels[pair.closeOutcome]}` : ''}
      </span>
    </>
  );
}

/**
 * The end-of-year debriefs of the program: the figures (computed by the server over every pair),
 * a CSV, then each pair with its mentor's and young person's answers, and a form to type a young
 * person's paper questionnaire.
 */
export function DebriefsSection({ tenantSlug, program }: SectionProps) {
  const [page, setPage] = useState(1);
  const [waiting, setWaiting] = useState('');
  const [recording, setRecording] = useState<PairDebriefs | null>(null);
  const flash = useFlash();
  const board = useAsync(
    () =>
      mentoringApi.programDebriefs(tenantSlug, program.id, {
        page,
        pageSize: PAGE_SIZE,
        waiting: (waiting || undefined) as DebriefRespondent | undefined,
      }),
    [tenantSlug, program.id, page, waiting],
  );
  const data = board.data;
  const closeForm = (pair: PairDebriefs) => {
    setRecording(null);
    requestAnimationFrame(() => document.getElementById(recordId(pair))?.focus());
  };

  return (
    <>
      <h2>Bilans de fin d’année</h2>
      <p>
        Les mentors répondent depuis leur espace. Les jeunes, qui n’ont pas de compte, remplissent un
        questionnaire papier avec leur établissement : la coordination saisit ici leurs réponses.
      </p>
      {flash.message ? (
        <Notice tone={flash.message.tone} noticeRef={flash.ref}>
          {flash.message.text}
        </Notice>
      ) : null}
      {board.status === 'error' ? <Notice tone="error">{board.error.message}</Notice> : null}
      {board.status === 'loading' && !data ? <Loading /> : null}
      {data ? (
        <>
          <DebriefSummaryTable summary={data.summary} caption="Bilans du programme, par répondant" />
          {data.extraQuestions?.length ? (
            <>
              <p>
                Adopté d’un modèle, ce programme pose aussi ses propres questions, après les questions
                communes :
              </p>
              <ul>
                {data.extraQuestions.map((q) => (
                  <li key={q.label}>{q.label}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p>
            <a
              class="button button--secondary"
              href={mentoringApi.debriefsCsvUrl(tenantSlug, program.id)}
              download
            >
              Exporter les bilans (CSV)
            </a>
          </p>
          <h3>Bilans par binôme</h3>
          <SelectField
            id="bilans-filtre"
            label="Afficher"
            required
            options={filters}
            value={waiting}
            onValue={(value) => {
              setWaiting(value);
              setPage(1);
            }}
          />
          {!data.items.length ? (
            <p>
              {waiting
                ? 'Aucun binôme n’attend cette réponse.'
                : 'Aucun binôme n’a encore de bilan à remplir : il s’ouvre quand un binôme devient actif.'}
            </p>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">
                  Bilans par binôme : {data.total} binôme{data.total > 1 ? 's' : ''}, page {data.page}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Binôme</th>
                    <th scope="col">Bilan du mentor</th>
                    <th scope="col">Bilan du jeune</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((pair) => (
                    <tr key={pair.id}>
                      <th scope="row">
                        <PairCell pair={pair} />
                      </th>
                      <td>
                        <DebriefAnswerCell answer={pair.debriefs.mentor} missing="Pas encore de réponse" />
                      </td>
                      <td>
                        {pair.debriefs.mentee ? (
                          <DebriefAnswerCell answer={pair.debriefs.mentee} missing="" />
                        ) : (
                          <>
                            <span class="block muted">Pas encore saisi</span>
                            <button
                              type="button"
                              id={recordId(pair)}
                              class="button button--secondary button--small"
                              onClick={() => setRecording(pair)}
                            >
                              Saisir les réponses de {pair.youngPerson.firstName}
                              <span class="visually-hidden"> (binôme avec {pair.mentor.name})</span>
                            </button>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onPage={setPage}
            label="Pages des bilans"
          />
        </>
      ) : null}
      {recording ? (
        <MenteeDebriefForm
          key={recording.id}
          tenantSlug={tenantSlug}
          pair={recording}
          extraQuestions={data?.extraQuestions ?? []}
          onCancel={() => closeForm(recording)}
          onSaved={(pair) => {
            setRecording(null);
            board.reload();
            flash.announce({
              tone: 'success',
              text: `Les réponses de ${pair.youngPerson.firstName} au bilan sont enregistrées.`,
            });
          }}
        />
      ) : null}
    </>
  );
}
