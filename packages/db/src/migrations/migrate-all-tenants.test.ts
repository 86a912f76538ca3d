import { join } from 'node:path';
import type { Client } from '@libsql/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/temp-dir.ts';
import { openControlDb } from '../client.ts';
import { tenants } from '../control/schema.ts';
import { openLocalClient } from '../node.ts';
import { controlMigrations, migrateDatabase, readSchemaVersion, tenantMigrations } from './index.ts';
import { migrateAllTenants, type TenantRecord } from './migrate-all-tenants.ts';

const TENANT_COUNT = 60;

describe('migrating every tenant database', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let control: ReturnType<typeof openControlDb>;
  const clients = new Map<string, Client>();
  const connect = async (tenant: TenantRecord) => {
    let client = clients.get(tenant.slug);
    if (!client) {
      client = await openLocalClient(join(temp.dir, 'tenants', `${tenant.slug}.db`));
      clients.set(tenant.slug, client);
    }
    return client;
  };

  beforeEach(async () => {
    temp = makeTempDir();
    const controlClient = await openLocalClient(join(temp.dir, 'control.db'));
    await migrateDatabase({ client: controlClient, migrations: controlMigrations });
    control = openControlDb(controlClient);
    await control.insert(tenants).values(
      Array.from({ length: TENANT_COUNT }, (_, i) => ({
        id: `ten_${i}`,
        slug: `commune-${String(i).padStart(3, '0')}`,
        name: `Commune ${i}`,
        kind: 'commune',
        code: String(63000 + i),
        dbUrl: `file:${i}`,
      })),
    );
  });

  afterEach(() => {
    for (const client of clients.values()) client.close();
    clients.clear();
    control.$client.close();
    temp.cleanup();
  });

  it('resumes after a crash half-way and never applies a migration twice', async () => {
    const progress: string[] = [];
    let finished = 0;
    const crash = new Error('simulated crash');
    await expect(
      migrateAllTenants({
        control,
        connect,
        migrations: tenantMigrations,
        concurrency: 4,
        onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.slug} ${p.outcome}`),
        afterTenant: () => {
          finished++;
          if (finished === 25) throw crash;
        },
      }),
    ).rejects.toBe(crash);

    const afterCrash = await control.select().from(tenants);
    const doneBefore = afterCrash
      .filter((t) => t.schemaVersion === tenantMigrations.length)
      .map((t) => t.slug);
    expect(doneBefore.length).toBeGreaterThanOrEqual(25);
    expect(doneBefore.length).toBeLessThan(TENANT_COUNT);
    expect(progress[0]).toMatch(/^1\/60 commune-\d{3} migrated$/);

    const report = await migrateAllTenants({
      control,
      connect,
      migrations: tenantMigrations,
      concurrency: 4,
    });
    expect(report.failed).toEqual([]);
    expect(report.migrated.length + report.upToDate.length).toBe(TENANT_COUNT);
    expect(report.upToDate).toEqual(expect.arrayContaining(doneBefore));
    expect(report.migrated.some((slug) => doneBefore.includes(slug))).toBe(false);

    for (const tenant of await control.select().from(tenants)) {
      expect(tenant.schemaVersion).toBe(tenantMigrations.length);
      const client = await connect(tenant);
      expect(await readSchemaVersion(client)).toBe(tenantMigrations.length);
      const journal = await client.execute('SELECT COUNT(*) AS n FROM __passerelle_migrations');
      expect(Number(journal.rows[0]?.n)).toBe(tenantMigrations.length);
    }

    const again = await migrateAllTenants({ control, connect, migrations: tenantMigrations });
    expect(again.migrated).toEqual([]);
    expect(again.upToDate.length).toBe(TENANT_COUNT);
  });

  it('records a tenant whose database fails and goes on with the others', async () => {
    const report = await migrateAllTenants({
      control,
      connect: (tenant) => {
        if (tenant.slug === 'commune-007') throw new Error('base injoignable');
        return connect(tenant);
      },
      migrations: tenantMigrations,
    });
    expect(report.failed).toEqual([{ slug: 'commune-007', error: 'base injoignable' }]);
    expect(report.migrated.length).toBe(TENANT_COUNT - 1);
  });
});
