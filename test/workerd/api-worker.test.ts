import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DemoOverHttp,
  ensureApiBundle,
  serveDemoOverHttp,
  signInToWorker,
  startWorkerd,
  WORKER_RUNTIME,
  type Workerd,
} from '../support/workerd.ts';

const TENANT = 'province-sud';

// The Worker bundle wrangler builds for production, run inside workerd (Miniflare), reaching real
// libSQL databases over HTTP through the local Hrana server: the Cloudflare path end to end.
describe('the API Worker in workerd', () => {
  let demo: DemoOverHttp;
  let worker: Workerd;
  let cookie = '';

  beforeAll(async () => {
    const scriptPath = ensureApiBundle();
    demo = await serveDemoOverHttp('passerelle-workerd-');
    worker = startWorkerd({ ...WORKER_RUNTIME, scriptPath, bindings: demo.bindings });
    cookie = await signInToWorker(worker, 'jeunesse@province-sud.example');
  }, 120_000);

  afterAll(async () => {
    await worker?.dispose();
    await demo?.close();
  });

  it('reads a tenant route from the tenant database over HTTP', async () => {
    const response = await worker.request(`/api/t/${TENANT}/organizations?q=caledonienne`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      total: 1,
      items: [{ name: 'Calédonienne des Eaux', kind: 'company' }],
    });
  });

  it('writes through a transaction, and the row and its audit entry are in the tenant database', async () => {
    const response = await worker.request(`/api/t/${TENANT}/organizations`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'company', name: 'Société Le Nickel', siret: '73282932000074' }),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string };

    const file = createClient({ url: `file:${demo.tenantDbPath(TENANT)}` });
    const row = await file.execute({
      sql: 'SELECT name FROM organizations WHERE id = ?',
      args: [created.id],
    });
    const audit = await file.execute({
      sql: 'SELECT action FROM audit_log WHERE entity_id = ?',
      args: [created.id],
    });
    file.close();
    expect(row.rows[0]?.name).toBe('Société Le Nickel');
    expect(audit.rows.map((r) => r.action)).toEqual(['organization.created']);
  });

  it('renders, freezes and serves a convention PDF inside workerd (pdf-lib with the embedded font)', async () => {
    const json = async (path: string, init: RequestInit = {}) => {
      const response = await worker.request(path, {
        ...init,
        headers: { cookie, 'content-type': 'application/json' },
      });
      return {
        status: response.status,
        body: (await response.json()) as Record<string, unknown> & { items?: { id: string }[] },
      };
    };
    const templateId = (await json(`/api/t/${TENANT}/convention-templates`)).body.items![0]!.id;
    const partner = (await json(`/api/t/${TENANT}/organizations?q=bci`)).body.items![0]!.id;
    const created = await json(`/api/t/${TENANT}/conventions`, {
      method: 'POST',
      body: JSON.stringify({
        templateId,
        partnerOrganizationId: partner,
        startDate: '2027-01-01',
        commitments: [{ type: 'inspiring_meetings', quantityPerYear: 2 }],
        signers: [
          {
            role: 'partner_representative',
            name: 'Élodie Gaïa',
            title: 'Directrice',
            email: 'dg@bci.example',
          },
          {
            role: 'tenant_representative',
            name: 'Gil Brial',
            title: 'Vice-président',
            email: 'vp@province-sud.example',
          },
        ],
      }),
    });
    expect(created.status).toBe(201);
    const sent = await json(`/api/t/${TENANT}/conventions/${created.body.id}/send`, { method: 'POST' });
    expect(sent.body.status).toBe('sent');
    const pdf = await worker.request(`/api/t/${TENANT}/conventions/${created.body.id}/document.pdf`, {
      headers: { cookie },
    });
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    expect(digest).toBe(sent.body.documentSha256);
  });

  it('keeps the floor: 401 anonymous, 404 for another tenant, French field errors', async () => {
    expect((await worker.request(`/api/t/${TENANT}/organizations`)).status).toBe(401);
    expect(
      (await worker.request('/api/t/ville-de-suresnes/organizations', { headers: { cookie } })).status,
    ).toBe(404);
    const bad = await worker.request(`/api/t/${TENANT}/organizations`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'company', name: 'X', siret: '1' }),
    });
    expect(bad.status).toBe(422);
    expect(
      ((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields.siret,
    ).toContain('SIRET invalide');
  });
});
