import { DeclineInput, DomainError, SignInput } from '@passerelle/domain';
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { findConvention } from '../services/conventions/convention-queries.ts';
import { declineConvention, signConvention } from '../services/conventions/sign-convention.ts';
import { clientOf, signingDepsFrom } from '../services/conventions/signing-deps-from.ts';
import { resolveSigningLink } from '../services/conventions/signing-links.ts';
import { openSigningLink } from '../services/conventions/signing-session.ts';
import { parseJsonBody } from '../validation.ts';

/**
 * Signing by personal link: the link (mailed to the signer's address) is the authentication. It
 * shows the exact frozen document and records each step with IP and browser in the trail.
 */
export function publicSigningRoutes() {
  const routes = new Hono<AppEnv>();

  routes.get('/:token', async (c) => {
    return c.json(await openSigningLink(signingDepsFrom(c), c.req.param('token'), clientOf(c)));
  });

  routes.get('/:token/document.pdf', async (c) => {
    const deps = signingDepsFrom(c);
    const link = await resolveSigningLink(deps.db, c.req.param('token'), deps.now, { allowUsed: true });
    const convention = await findConvention(deps.db, link.conventionId);
    if (!convention.documentPdf)
      throw new DomainError({ code: 'NOT_FOUND', message: 'Document introuvable.' });
    return new Response(convention.documentPdf as Uint8Array<ArrayBuffer>, {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="convention-${convention.id}.pdf"`,
      },
    });
  });

  routes.get('/:token/final.pdf', async (c) => {
    const deps = signingDepsFrom(c);
    const link = await resolveSigningLink(deps.db, c.req.param('token'), deps.now, { allowUsed: true });
    const convention = await findConvention(deps.db, link.conventionId);
    if (!convention.finalPdf) {
      throw new DomainError({
        code: 'NOT_FOUND',
        message: 'Le document signé sera disponible quand toutes les parties auront signé.',
      });
    }
    return new Response(convention.finalPdf as Uint8Array<ArrayBuffer>, {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="convention-signee-${convention.id}.pdf"`,
      },
    });
  });

  routes.post('/:token/sign', async (c) => {
    const { documentSha256 } = await parseJsonBody(c, SignInput);
    return c.json(
      await signConvention(signingDepsFrom(c), {
        token: c.req.param('token'),
        documentSha256,
        client: clientOf(c),
      }),
    );
  });

  routes.post('/:token/decline', async (c) => {
    const { reason } = await parseJsonBody(c, DeclineInput);
    return c.json(
      await declineConvention(signingDepsFrom(c), {
        token: c.req.param('token'),
        reason,
        client: clientOf(c),
      }),
    );
  });

  return routes;
}
