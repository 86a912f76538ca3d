import { controlSchema, openTenantDb } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import { createApp } from '../../workers/api/src/app.ts';
import { seedDemoData } from '../../workers/api/src/demo/seed-demo-data.ts';
import type { AppConfig } from '../../workers/api/src/deps.ts';
import { createNodeRuntime } from '../../workers/api/src/node.ts';
import { askForMagicLink, followMagicLink as followLink, MAGIC_LINK } from './magic-link.ts';
import { makeTempDir } from './temp-dir.ts';

export const ORIGIN = 'http://passerelle.test';

/**
 * The real app on the Node runtime over fresh libSQL files, seeded with the demo tenants.
 * Requests go through `app.request`, cookies are kept per signed-in user.
 */
export async function startTestApp(options: { config?: Partial<AppConfig>; now?: () => Date } = {}) {
  const temp = makeTempDir();
  const runtime = await createNodeRuntime({
    dataDir: temp.dir,
    config: { tenantCacheMs: 0, ...options.config },
    ...(options.now ? { now: options.now } : {}),
  });
  await seedDemoData({ deps: runtime.deps, signInUrl: `${ORIGIN}/connexion` });
  const app = createApp(runtime.deps);
  const { control } = runtime.deps;

  const request = (path: string, init: RequestInit & { cookie?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.cookie) headers.set('cookie', init.cookie);
    if (init.body && typeof init.body === 'string' && !headers.has('content-type')) {
      headers.set('content-type', 'application/json');
    }
    return app.request(`${ORIGIN}${path}`, { ...init, headers });
  };

  async function latestMailTo(email: string) {
    const [mail] = await runtime.deps.outbox!.latest({ to: email, limit: 1 });
    return mail;
  }

  /** Asks for a magic link as a browser would and returns the link from the outbox. */
  async function requestMagicLink(email: string, headers: Record<string, string> = {}) {
    const { response, cookie } = await askForMagicLink({ request, email, origin: ORIGIN, headers });
    const link = (await latestMailTo(email))?.text.match(MAGIC_LINK)?.[0];
    return { response, link, cookie };
  }

  /** Follows a magic link; answers the session cookie when it signed the user in. */
  const followMagicLink = (link: string) => followLink({ request, link });

  async function signIn(email: string): Promise<string> {
    const { link } = await requestMagicLink(email);
    if (!link) throw new Error(`no magic link was mailed to ${email}`);
    const { session } = await followMagicLink(link);
    if (!session) throw new Error(`the magic link did not sign ${email} in`);
    return session;
  }

  async function tenantRecord(slug: string) {
    const [tenant] = await control
      .select()
      .from(controlSchema.tenants)
      .where(eq(controlSchema.tenants.slug, slug));
    if (!tenant) throw new Error(`no tenant ${slug}`);
    return tenant;
  }

  /** The tenant's own database, as the app reaches it. */
  async function tenantDb(slug: string) {
    return openTenantDb(await runtime.deps.connectTenant(await tenantRecord(slug)));
  }

  return {
    app,
    dataDir: temp.dir,
    tenantRecord,
    tenantDb,
    deps: runtime.deps,
    control,
    request,
    requestMagicLink,
    followMagicLink,
    signIn,
    latestMailTo,
    /** Waits for the background jobs the requests started (replications, onboardings). */
    drain: () => runtime.deps.background.drain(),
    close() {
      runtime.close();
      temp.cleanup();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

export const DEMO = {
  national: 'coordination@collectif-mentorat.example',
  clermontAdmin: 'mission.egalite@clermont-ferrand.example',
  clermontSchool: 'principal@college-camus.example',
  suresnesAdmin: 'drh@suresnes.example',
  suresnesMentor: 'agent.mentor@suresnes.example',
  provinceAdmin: 'jeunesse@province-sud.example',
  provincePartner: 'referent@cde.example',
  provinceSchool: 'principal@college-mariotti.example',
} as const;
