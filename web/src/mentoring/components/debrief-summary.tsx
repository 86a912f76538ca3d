import { debriefRespondentLabels, formatMean, formatPercent } from '../labels.ts';
import type { DebriefFigures, DebriefSummary } from '../types.ts';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

/**
 * The debrief figures computed by the server: how many answered, the mean ratings and the share
 * wishing to continue, for mentors, young people and both. `caption` names the table.
 */
export function DebriefSummaryTable({ summary, caption }: { summary: DebriefSummary; caption: string }) {
  const rows: [string, DebriefFigures][] = [
    [debriefRespondentLabels.mentor, summary.byRespondent.mentor],
    [debriefRespondentLabels.mentee, summary.byRespondent.mentee],
    ['Ensemble', summary],
  ];
  return (
    <>
      <p>
        {plural(summary.answers, 'réponse', 'réponses')} pour{' '}
        {plural(summary.pairs, 'binôme concerné', 'binômes concernés')} (actifs, ou clos après leurs
        rencontres). Chaque binôme attend deux bilans : celui du mentor et celui du jeune.
      </p>
      {summary.answers ? (
        <div class="table-wrap">
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Répondants</th>
                <th scope="col" class="numeric">
                  Réponses
                </th>
                <th scope="col" class="numeric">
                  Satisfaction moyenne
                </th>
                <th scope="col" class="numeric">
                  Utilité moyenne des rencontres
                </th>
                <th scope="col" class="numeric">
                  Souhaitent continuer
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, figures]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td class="numeric">{figures.answers}</td>
                  <td class="numeric">{formatMean(figures.satisfaction)}</td>
                  <td class="numeric">{formatMean(figures.usefulness)}</td>
                  <td class="numeric">{formatPercent(figures.wouldContinuePercent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
