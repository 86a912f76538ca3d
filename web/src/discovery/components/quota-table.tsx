import { priorityLabels } from '../labels.ts';
import type { Quotas } from '../types.ts';

/** Places per collège with the arithmetic in words: a school can check its own line. */
export function QuotaTable({ quotas, caption }: { quotas: Quotas; caption: string }) {
  const pupils = quotas.quotas.reduce((sum, q) => sum + (q.school.enrolment3e ?? 0), 0);
  return (
    <div class="table-wrap table-wrap--contained">
      <table class="quota-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Collège</th>
            <th scope="col">Éducation prioritaire</th>
            <th scope="col" class="numeric">
              Élèves de 3e
            </th>
            <th scope="col" class="numeric">
              Places
            </th>
            <th scope="col">Calcul</th>
          </tr>
        </thead>
        <tbody>
          {quotas.quotas.map((q) => (
            <tr key={q.school.id}>
              <th scope="row">{q.school.name}</th>
              <td>{priorityLabels[q.school.priorityEducation ?? 'none']}</td>
              <td class="numeric">{q.school.enrolment3e?.toLocaleString('fr-FR') ?? '—'}</td>
              <td class="numeric">
                <strong>{q.quota.toLocaleString('fr-FR')}</strong>
              </td>
              <td class="explanation">{q.explanation}</td>
            </tr>
          ))}
        </tbody>
        {quotas.quotas.length > 1 ? (
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td />
              <td class="numeric">{pupils.toLocaleString('fr-FR')}</td>
              <td class="numeric">
                <strong>{quotas.total.toLocaleString('fr-FR')}</strong>
              </td>
              <td />
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
