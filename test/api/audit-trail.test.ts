import { execFileSync } from 'node:child_process';
import { verifyTenantAuditTrail } from '@passerelle/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

describe('tenant audit trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const cookie = await t.signIn(DEMO.provinceAdmin);
    for (const name of ['Visite usine de Yaté', 'Journée découverte des métiers de l’eau']) {
      await t.request('/api/t/province-sud/organizations', {
        method: 'POST',
        cookie,
        body: JSON.stringify({ kind: 'service', name }),
      });
    }
  });
  afterAll(() => t.close());

  it('refuses any change to a written row: it is append-only', async () => {
    const client = await t.deps.connectTenant(await t.tenantRecord('province-sud'));
    await expect(client.execute("UPDATE audit_log SET action = 'x' WHERE seq = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(client.execute('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
  });

  it('names the first tampered row, in the library and through the CLI', async () => {
    const db = await t.tenantDb('province-sud');
    const intact = await verifyTenantAuditTrail(db);
    const rows = await db.$client.execute('SELECT COUNT(*) AS n FROM audit_log');
    expect(intact).toEqual({ ok: true, count: Number(rows.rows[0]?.n) });

    // Someone with the database file in hand can drop the trigger; the chain still tells.
    const client = db.$client;
    await client.execute('DROP TRIGGER audit_log_no_update');
    await client.execute(`UPDATE audit_log SET data = '{"name":"Autre"}' WHERE seq = 5`);
    expect(await verifyTenantAuditTrail(db)).toMatchObject({
      ok: false,
      brokenAt: { seq: 5, reason: 'le contenu a été modifié' },
    });

    const dataDir = t.dataDir;
    let output = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/verify-audit.ts', 'province-sud'], {
        env: { ...process.env, PASSERELLE_DATA_DIR: dataDir },
        encoding: 'utf8',
      });
    } catch (error) {
      output = String((error as { stdout: string }).stdout);
      expect((error as { status: number }).status).toBe(1);
    }
    expect(output).toContain('ROMPU à l’entrée n° 5');
  });
});
