import { Link } from '../../router.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { formatDay } from '../labels.ts';
import type { ConventionSummary } from '../types.ts';

type Props = { items: ConventionSummary[]; detailBase: string; caption: string; showPartner: boolean };

export function ConventionTable({ items, detailBase, caption, showPartner }: Props) {
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Convention</th>
            {showPartner ? <th scope="col">Partenaire</th> : null}
            <th scope="col">Statut</th>
            <th scope="col">Début</th>
            <th scope="col">Fin</th>
          </tr>
        </thead>
        <tbody>
          {items.map((convention) => (
            <tr key={convention.id}>
              <th scope="row">
                <Link href={`${detailBase}/${encodeURIComponent(convention.id)}`}>{convention.title}</Link>
                <span class="muted block">Réf. {convention.id}</span>
              </th>
              {showPartner ? <td>{convention.partner.name}</td> : null}
              <td>
                <StatusTag status={convention.status} />
                {convention.status === 'sent' && convention.awaiting.length ? (
                  <span class="muted block">En attente : {convention.awaiting.join(', ')}</span>
                ) : null}
              </td>
              <td class="nowrap">{formatDay(convention.startDate)}</td>
              <td class="nowrap">{formatDay(convention.endDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
