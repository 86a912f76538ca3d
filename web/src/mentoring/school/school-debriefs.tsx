import { useState } from 'preact/hooks';
import { Loading, Notice } from '../../components/notice.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { mentoringApi } from '../api.ts';
import { DebriefAnswerCell } from '../components/debrief-answer.tsx';
import { DebriefSummaryTable } from '../components/debrief-summary.tsx';
import { PairStatusTag } from '../components/tags.tsx';
import { schoolLevelLabels } from '../labels.ts';
import type { Program } from '../types.ts';

const PAGE_SIZE = 20;

/**
 * A school referent reads its own pupils' end-of-year debriefs: the ratings and whether each side
 * wishes to go on, to decide whom to propose again. The comments stay with the coordination.
 */
export function SchoolDebriefs({ tenantSlug, program }: { tenantSlug: string; program: Program }) {
  const [page, setPage] = useState(1);
  const board = useAsync(
    () => mentoringApi.schoolDebriefs(tenantSlug, program.id, { page, pageSize: PAGE_SIZE }),
    [tenantSlug, program.id, page],
  );
  const data = board.data;
  const headingId = `bilans-${program.id}`;

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Bilans de fin d’année de vos élèves</h3>
      {board.status === 'error' ? <Notice tone="error">{board.error.message}</Notice> : null}
      {board.status === 'loading' && !data ? <Loading /> : null}
      {data && !data.total ? (
        <p>
          Pas encore de bilan : il s’ouvre quand le binôme d’un de vos élèves devient actif. L’élève y répond
          sur le questionnaire papier que la coordination vous transmet.
        </p>
      ) : null}
      {data?.total ? (
        <>
          <DebriefSummaryTable
            summary={data.summary}
            caption={`Bilans de vos élèves dans « ${program.name} », par répondant`}
          />
          <p class="muted">
            Vous voyez les notes et le souhait de continuer ; les commentaires libres restent à la
            coordination du programme.
          </p>
          <div class="table-wrap">
            <table>
              <caption>Bilan de chacun de vos élèves dans « {program.name} »</caption>
              <thead>
                <tr>
                  <th scope="col">Élève</th>
                  <th scope="col">Bilan de l’élève</th>
                  <th scope="col">Bilan du mentor</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.pairId}>
                    <th scope="row">
                      {item.youngPerson.firstName}
                      <span class="block">
                        {schoolLevelLabels[item.youngPerson.level] ?? item.youngPerson.level},{' '}
                        {item.youngPerson.schoolName}
                      </span>
                      <span class="block">
                        <PairStatusTag status={item.status} />
                      </span>
                    </th>
                    <td>
                      <DebriefAnswerCell answer={item.debriefs.mentee} missing="Pas encore saisi" />
                    </td>
                    <td>
                      <DebriefAnswerCell answer={item.debriefs.mentor} missing="Pas encore de réponse" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onPage={setPage}
            label={`Pages des bilans de « ${program.name} »`}
          />
        </>
      ) : null}
    </section>
  );
}
