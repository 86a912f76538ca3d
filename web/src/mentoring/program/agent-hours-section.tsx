import { Loading, Notice } from '../../components/notice.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { mentoringApi } from '../api.ts';
import { HoursValue } from '../components/hours-value.tsx';
import { formatMinutes } from '../labels.ts';
import type { SectionProps } from './section-props.ts';

/** Agents mentoring on work time: the yearly allowance, what is used, what is left. */
export function AgentHoursSection({ tenantSlug, program }: SectionProps) {
  const list = useAsync(() => mentoringApi.agentHours(tenantSlug, program.id), [tenantSlug, program.id]);
  const items = list.data?.items ?? [];
  return (
    <>
      <h2>Heures des agents</h2>
      <p>
        {program.agentHoursAllowance
          ? `Chaque agent mentor dispose de ${program.agentHoursAllowance} heures par an sur son temps de travail. Les rencontres notées s’y imputent.`
          : 'Ce programme ne prévoit pas d’enveloppe d’heures sur le temps de travail.'}
      </p>
      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {list.data && !items.length ? <p>Aucun agent ne mentore sur son temps de travail.</p> : null}
      {items.length ? (
        <div class="table-wrap">
          <table>
            <caption>Heures de mentorat des agents sur leur temps de travail, cette année</caption>
            <thead>
              <tr>
                <th scope="col">Agent</th>
                <th scope="col" class="numeric">
                  Enveloppe
                </th>
                <th scope="col" class="numeric">
                  Utilisé
                </th>
                <th scope="col" class="numeric">
                  Reste
                </th>
                <th scope="col">Consommation</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.mentor.id}>
                  <th scope="row">{item.mentor.name}</th>
                  <td class="numeric">{item.allowanceHours}&nbsp;h</td>
                  <td class="numeric">{formatMinutes(item.usedMinutes)}</td>
                  <td class="numeric">
                    {formatMinutes(Math.max(0, item.allowanceHours * 60 - item.usedMinutes))}
                  </td>
                  <td>
                    <HoursValue allowanceHours={item.allowanceHours} usedMinutes={item.usedMinutes} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
