import type { TenantDb } from '@passerelle/db';
import { COMMITMENT_LABELS, type CommitmentType, toIsoDate, yearOf } from '@passerelle/domain';
import { getLedger } from './ledger.ts';
import { listConventions } from './list-conventions.ts';

/**
 * Every active convention's fulfilment for its current year: who delivered what, at a glance. All
 * of them, page after page of the list: the screen sorts the lagging partners first, so a
 * convention left out would be exactly the one nobody calls.
 */
export async function fulfilmentDashboard(input: { db: TenantDb; today: Date }) {
  const today = toIsoDate(input.today);
  const items = [];
  for (const convention of await allActiveConventions(input.db)) {
    const ledger = await getLedger({ db: input.db, conventionId: convention.id });
    const year = yearOf(ledger.years, today) ?? ledger.years.at(-1)?.index ?? 1;
    const rows = ledger.rows.filter((r) => r.year === year);
    const promised = rows.reduce((s, r) => s + r.promised, 0);
    const delivered = rows.reduce((s, r) => s + Math.min(r.delivered, r.promised), 0);
    items.push({
      convention,
      year,
      fulfilment: promised > 0 ? delivered / promised : null,
      byType: rows.map((r) => ({
        type: r.type,
        label: COMMITMENT_LABELS[r.type as CommitmentType].label,
        promised: r.promised,
        delivered: r.delivered,
      })),
    });
  }
  return { items };
}

async function allActiveConventions(db: TenantDb) {
  const all = [];
  for (let page = 1; ; page++) {
    const batch = await listConventions({ db, query: { status: 'active', page, pageSize: 100 } });
    all.push(...batch.items);
    if (!batch.items.length || all.length >= batch.total) return all;
  }
}
