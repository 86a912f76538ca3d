import { DomainError } from '@passerelle/domain';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.ts';
import { verifyDocument } from '../services/conventions/verify-document.ts';
import type { TenantRegistry } from '../tenancy/tenant-registry.ts';
import { parseJsonBody } from '../validation.ts';

const MAX_PDF_BYTES = 15 * 1024 * 1024;
const HashInput = z.object({
  sha256: z
    .string()
    .check(
      z.trim(),
      z.toLowerCase(),
      z.regex(/^[0-9a-f]{64}$/, 'Une empreinte SHA-256 compte 64 caractères hexadécimaux.'),
    ),
});

/** Anyone holding a convention PDF (or its fingerprint) can check it here. */
export function publicVerifyRoutes(input: { registry: TenantRegistry }) {
  const routes = new Hono<AppEnv>();
  routes.post('/', async (c) => {
    const control = c.var.deps.control;
    if ((c.req.header('content-type') ?? '').startsWith('application/pdf')) {
      const pdf = new Uint8Array(await c.req.arrayBuffer());
      if (pdf.length === 0)
        throw new DomainError({
          code: 'VALIDATION',
          message: 'Le fichier est vide.',
          fields: { file: 'Le fichier est vide.' },
        });
      if (pdf.length > MAX_PDF_BYTES)
        throw new DomainError({
          code: 'VALIDATION',
          message: 'Fichier trop volumineux (15 Mo au plus).',
          fields: { file: 'Fichier trop volumineux.' },
        });
      return c.json(await verifyDocument({ control, registry: input.registry, pdf }));
    }
    // Not a PDF: the fingerprint as JSON.
    const { sha256 } = await parseJsonBody(c, HashInput);
    return c.json(await verifyDocument({ control, registry: input.registry, sha256 }));
  });
  return routes;
}
