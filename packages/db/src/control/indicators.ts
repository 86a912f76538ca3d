import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { tenants } from './platform.ts';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/**
 * Shared indicators as pushed by each tenant: aggregates only. A cell counting fewer than five
 * people arrives with `value` null and `suppressed` set; the push refuses anything else.
 * `scope` is `all`, a program kind, or `template:<id>`; `dimension` is '' for a total.
 */
export const indicatorCells = sqliteTable(
  'indicator_cells',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    period: text('period').notNull(),
    scope: text('scope').notNull(),
    indicator: text('indicator').notNull(),
    dimension: text('dimension').notNull().default(''),
    value: real('value'),
    suppressed: integer('suppressed', { mode: 'boolean' }).notNull().default(false),
    pushedAt: text('pushed_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.period, t.scope, t.indicator, t.dimension] }),
    index('indicator_cells_indicator_period').on(t.indicator, t.period),
  ],
);

/** Each tenant's pushes: when, how many cells, how many suppressed. */
export const indicatorPushes = sqliteTable(
  'indicator_pushes',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    period: text('period').notNull(),
    cells: integer('cells').notNull(),
    suppressedCells: integer('suppressed_cells').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('indicator_pushes_tenant').on(t.tenantId, t.createdAt)],
);
