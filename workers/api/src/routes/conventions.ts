import {
  CONVENTION_STATUS_LABELS,
  CONVENTION_STATUSES,
  type ConventionStatus,
  CreateConventionInput,
  DeliveryInput,
  DomainError,
  EditConventionInput,
  PageQuery,
  TerminateInput,
  WithdrawInput,
} from '@passerelle/domain';
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.ts';
import { csvResponse, toCsv } from '../csv.ts';
import { requireRole } from '../middleware/tenant.ts';
import { findConvention } from '../services/conventions/convention-queries.ts';
import { createConvention } from '../services/conventions/create-convention.ts';
import { editConvention } from '../services/conventions/edit-convention.ts';
import { renewConvention, terminateConvention } from '../services/conventions/end-convention.ts';
import { getConvention } from '../services/conventions/get-convention.ts';
import { addDelivery, getLedger } from '../services/conventions/ledger.ts';
import { listConventions } from '../services/conventions/list-conventions.ts';
import { sendConvention } from '../services/conventions/send-convention.ts';
import { signingDepsFrom } from '../services/conventions/signing-deps-from.ts';
import { withdrawConvention } from '../services/conventions/withdraw-convention.ts';
import { organizationsOf } from '../services/partners/partner-organizations.ts';
import { serviceContext } from '../services/service-context.ts';
import { parseJsonBody, parseQuery } from '../validation.ts';
import { idParam } from './id-param.ts';

const ListQuery = z.extend(PageQuery, {
  status: z.optional(z.enum(CONVENTION_STATUSES, 'Statut inconnu.')),
  q: z.optional(z.string().check(z.trim(), z.maxLength(100, 'Recherche trop longue.'))),
});

/** A partner referent sees only its own organization's conventions; an admin sees all. */
async function visibility(c: Context<AppEnv>): Promise<readonly string[] | undefined> {
  if (c.var.roles.includes('tenant_admin')) return undefined;
  return organizationsOf({ db: c.var.tenantDb, identityId: c.var.identity!.id });
}

function pdfResponse(bytes: Uint8Array | null, filename: string): Response {
  if (!bytes) throw new DomainError({ code: 'NOT_FOUND', message: 'Ce document n’existe pas encore.' });
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${filename}"` },
  });
}

export function conventionsRoutes() {
  const routes = new Hono<AppEnv>();
  const id = idParam('cnv');
  const readers = requireRole('tenant_admin', 'partner_referent');
  const admin = requireRole('tenant_admin');

  routes.get('/', readers, async (c) => {
    const query = parseQuery(c, ListQuery);
    const own = await visibility(c);
    return c.json(
      await listConventions({ db: c.var.tenantDb, query, ...(own ? { partnerOrganizationIds: own } : {}) }),
    );
  });

  routes.get('/export.csv', admin, async (c) => {
    const query = parseQuery(c, ListQuery);
    const page = await listConventions({
      db: c.var.tenantDb,
      query: { ...query, page: 1, pageSize: 10_000 },
    });
    const csv = toCsv(
      [
        'Référence',
        'Titre',
        'Partenaire',
        'Statut',
        'Début',
        'Fin',
        'Envoyée le',
        'Active le',
        'En attente de',
      ],
      page.items.map((i) => [
        i.id,
        i.title,
        i.partner.name,
        CONVENTION_STATUS_LABELS[i.status as ConventionStatus],
        i.startDate,
        i.endDate,
        i.sentAt?.slice(0, 10),
        i.activatedAt?.slice(0, 10),
        i.awaiting.join(', '),
      ]),
    );
    return csvResponse(`conventions-${c.var.tenant.slug}.csv`, csv);
  });

  routes.post('/', admin, async (c) => {
    const data = await parseJsonBody(c, CreateConventionInput);
    const conventionId = await createConvention({ ctx: serviceContext(c), data });
    return c.json(await getConvention({ db: c.var.tenantDb, id: conventionId }), 201);
  });

  routes.get('/:id', readers, async (c) => {
    const own = await visibility(c);
    return c.json(await getConvention({ db: c.var.tenantDb, id: id(c), ...(own ? { visibleTo: own } : {}) }));
  });

  routes.patch('/:id', admin, async (c) => {
    const data = await parseJsonBody(c, EditConventionInput);
    await editConvention({ ctx: serviceContext(c), conventionId: id(c), data });
    return c.json(await getConvention({ db: c.var.tenantDb, id: id(c) }));
  });

  routes.post('/:id/send', admin, async (c) => {
    await sendConvention(signingDepsFrom(c), (await findConvention(c.var.tenantDb, id(c))).id);
    return c.json(await getConvention({ db: c.var.tenantDb, id: id(c) }));
  });

  routes.post('/:id/terminate', admin, async (c) => {
    const { reason } = await parseJsonBody(c, TerminateInput);
    await terminateConvention({
      ctx: serviceContext(c),
      conventionId: id(c),
      reason,
      mailer: c.var.deps.mailer,
      tenantName: c.var.tenant.name,
    });
    return c.json(await getConvention({ db: c.var.tenantDb, id: id(c) }));
  });

  routes.post('/:id/withdraw', admin, async (c) => {
    const { reason } = await parseJsonBody(c, WithdrawInput);
    await withdrawConvention({
      ctx: serviceContext(c),
      conventionId: id(c),
      reason,
      mailer: c.var.deps.mailer,
      tenantName: c.var.tenant.name,
    });
    return c.json(await getConvention({ db: c.var.tenantDb, id: id(c) }));
  });

  routes.post('/:id/renew', admin, async (c) => {
    const renewed = await renewConvention({ ctx: serviceContext(c), conventionId: id(c) });
    return c.json(await getConvention({ db: c.var.tenantDb, id: renewed }), 201);
  });

  routes.get('/:id/document.pdf', readers, async (c) => {
    const own = await visibility(c);
    const row = await findConvention(c.var.tenantDb, id(c), own);
    return pdfResponse(row.documentPdf, `convention-${row.id}.pdf`);
  });

  routes.get('/:id/final.pdf', readers, async (c) => {
    const own = await visibility(c);
    const row = await findConvention(c.var.tenantDb, id(c), own);
    return pdfResponse(row.finalPdf, `convention-signee-${row.id}.pdf`);
  });

  routes.get('/:id/ledger', readers, async (c) => {
    const own = await visibility(c);
    return c.json(
      await getLedger({ db: c.var.tenantDb, conventionId: id(c), ...(own ? { visibleTo: own } : {}) }),
    );
  });

  routes.post('/:id/deliveries', admin, async (c) => {
    const data = await parseJsonBody(c, DeliveryInput);
    return c.json(await addDelivery({ ctx: serviceContext(c), conventionId: id(c), data }), 201);
  });

  return routes;
}
