import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.ts';
import { openAuthorisationLink } from '../services/discovery/authorisations/authorisation-links.ts';
import {
  authoriseDiscovery,
  refuseDiscovery,
} from '../services/discovery/authorisations/decide-authorisation.ts';
import { ASSESSMENT_PAGE } from '../services/discovery/booklet/booklet-view.ts';
import { openBooklet } from '../services/discovery/booklet/open-booklet.ts';
import { renderBookletPdf } from '../services/discovery/booklet/render-booklet-pdf.ts';
import { saveBookletPage } from '../services/discovery/booklet/save-booklet-page.ts';
import {
  BookletAssessmentPage,
  BookletDayPage,
  DiscoveryAuthorisationInput,
  SurveyInput,
} from '../services/discovery/discovery-inputs.ts';
import { openSurvey, submitSurvey } from '../services/discovery/surveys/submit-survey.ts';
import { publicLinkContextFrom } from '../services/mentoring/mentors/mentoring-deps.ts';
import { parseJsonBody } from '../validation.ts';
import { pdfResponse } from './discovery-programs.ts';

/**
 * Pass'3e pages reached by a link, without an account: the guardian's authorisation, the pupil's
 * booklet (read, write a page, print) and the end-of-week survey. The link is the authentication.
 */
export function publicDiscoveryRoutes() {
  const routes = new Hono<AppEnv>();
  const token = (c: Context<AppEnv>) => c.req.param('token') ?? '';

  routes.get('/authorisations/:token', async (c) =>
    c.json(await openAuthorisationLink(publicLinkContextFrom(c), token(c))),
  );

  routes.post('/authorisations/:token', async (c) => {
    const data = await parseJsonBody(c, DiscoveryAuthorisationInput);
    return c.json(await authoriseDiscovery({ ctx: publicLinkContextFrom(c), token: token(c), data }));
  });

  routes.post('/authorisations/:token/refuse', async (c) => {
    await parseJsonBody(c, z.object({}));
    return c.json(await refuseDiscovery({ ctx: publicLinkContextFrom(c), token: token(c) }));
  });

  routes.get('/booklet/:token', async (c) => c.json(await openBooklet(publicLinkContextFrom(c), token(c))));

  routes.put('/booklet/:token/pages/:page', async (c) => {
    const page = c.req.param('page');
    const content = await parseJsonBody(c, page === ASSESSMENT_PAGE ? BookletAssessmentPage : BookletDayPage);
    return c.json(await saveBookletPage({ ctx: publicLinkContextFrom(c), token: token(c), page, content }));
  });

  routes.get('/booklet/:token/booklet.pdf', async (c) => {
    const ctx = publicLinkContextFrom(c);
    const booklet = await openBooklet(ctx, token(c));
    const bytes = await renderBookletPdf(booklet, ctx.now.toISOString());
    return pdfResponse(bytes, `livret-${booklet.student.firstName}.pdf`);
  });

  routes.get('/surveys/:token', async (c) =>
    c.json(
      await openSurvey({
        ctx: publicLinkContextFrom(c),
        secret: c.var.deps.config.authSecret,
        token: token(c),
      }),
    ),
  );

  routes.post('/surveys/:token', async (c) => {
    const data = await parseJsonBody(c, SurveyInput);
    return c.json(
      await submitSurvey({
        ctx: publicLinkContextFrom(c),
        secret: c.var.deps.config.authSecret,
        token: token(c),
        data,
      }),
      201,
    );
  });

  return routes;
}
