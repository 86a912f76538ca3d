import { useRef, useState } from 'preact/hooks';
import { Loading, Notice } from '../../components/notice.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { conventionsApi } from '../api.ts';
import { FulfilmentValue } from '../components/fulfilment-bar.tsx';
import { commitmentLabels, formatDay, formatPercent, todayIso } from '../labels.ts';
import type { Convention, LedgerRow } from '../types.ts';
import { DeliveryForm } from './delivery-form.tsx';

type Props = { tenantSlug: string; convention: Convention; canRecord: boolean };

/** Promised vs delivered, year by year of the convention, and the hand entries of the admin. */
export function ConventionLedger({ tenantSlug, convention, canRecord }: Props) {
  const ledger = useAsync(
    () => conventionsApi.ledger(tenantSlug, convention.id),
    [tenantSlug, convention.id],
  );
  const [saved, setSaved] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);

  if (ledger.status === 'error') return <Notice tone="error">{ledger.error.message}</Notice>;
  if (!ledger.data) return <Loading label="Chargement du suivi des engagements…" />;
  const { years, rows, fulfilment } = ledger.data;
  const today = todayIso();
  const current = years.find((y) => y.from <= today && today <= y.to)?.index;
  const byYear = (index: number): LedgerRow[] => rows.filter((r) => r.year === index);

  return (
    <>
      <p class="ledger-total">
        Taux de réalisation global : <strong>{formatPercent(fulfilment)}</strong>
        <span class="muted block">
          Réalisé sur promis, chaque engagement compté au plus à 100 %, sur toutes les années écoulées ou en
          cours.
        </span>
      </p>
      {saved ? (
        <Notice tone="success" noticeRef={savedRef}>
          {saved}
        </Notice>
      ) : null}
      {years.map((year) => (
        <div class="table-wrap" key={year.index}>
          <table class="ledger">
            <caption>
              Année {year.index} : du {formatDay(year.from)} au {formatDay(year.to)}
              {year.index === current ? ' (année en cours)' : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Engagement</th>
                <th scope="col" class="numeric">
                  Promis
                </th>
                <th scope="col" class="numeric">
                  Réalisé
                </th>
                <th scope="col">Taux de réalisation</th>
              </tr>
            </thead>
            <tbody>
              {byYear(year.index).map((row) => (
                <tr key={row.type}>
                  <th scope="row">{commitmentLabels[row.type] ?? row.type}</th>
                  <td class="numeric">{row.promised.toLocaleString('fr-FR')}</td>
                  <td class="numeric">{row.delivered.toLocaleString('fr-FR')}</td>
                  <td>
                    <FulfilmentValue ratio={row.fulfilment} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {canRecord && years.length ? (
        <DeliveryForm
          tenantSlug={tenantSlug}
          conventionId={convention.id}
          types={convention.commitments.map((c) => c.type)}
          years={years}
          currentYear={current}
          onSaved={(message) => {
            setSaved(message);
            ledger.reload();
            requestAnimationFrame(() => savedRef.current?.focus());
          }}
        />
      ) : null}
    </>
  );
}
