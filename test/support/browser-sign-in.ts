import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { AppServer } from './app-server.ts';
import type { DemoApp } from './demo-app.ts';
import { MAGIC_LINK } from './magic-link.ts';

/**
 * Signs `email` in as a person would: the sign-in form, then the magic link from the dev outbox,
 * followed in the page; waits until the app has landed on `landing` (a tenant or the national space).
 */
export async function signInThroughOutbox({
  page,
  app,
  email,
  landing = /\/t\/|\/national/,
}: {
  page: Page;
  app: Pick<AppServer, 'url' | 'mailedLink'>;
  email: string;
  landing?: RegExp | string;
}): Promise<void> {
  await page.goto(`${app.url}/connexion`);
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
  await page.getByText(/un lien de connexion vient d’y être envoyé/).waitFor();
  await page.goto(await app.mailedLink(email, MAGIC_LINK));
  await page.waitForURL(landing);
}

/**
 * A page in a browser context of its own, `replacing` the previous person's (closed): nobody
 * inherits someone else's session. The default timeout fails on the step that blocks, naming its
 * locator, well before the test's own timeout.
 */
export async function freshPage({
  browser,
  replacing,
  timeout = 8_000,
  context,
}: {
  browser: Browser;
  replacing?: Page;
  timeout?: number;
  context?: BrowserContextOptions;
}): Promise<Page> {
  await replacing?.context().close();
  const page = await (await browser.newContext(context)).newPage();
  page.setDefaultTimeout(timeout);
  return page;
}

/**
 * A fresh page (see `freshPage`) with `email` signed in through the dev outbox; in the app's own
 * browser (serveDemoApp) unless `browser` is given.
 */
export async function pageSignedInAs(
  options: Omit<Parameters<typeof freshPage>[0], 'browser'> & {
    app: DemoApp | Pick<AppServer, 'url' | 'mailedLink'>;
    browser?: Browser;
    email: string;
    landing?: RegExp;
  },
): Promise<Page> {
  const {
    app,
    email,
    landing,
    browser = 'browser' in app ? app.browser : undefined,
    ...pageOptions
  } = options;
  if (!browser) throw new Error('pageSignedInAs: no browser to open the page in');
  const page = await freshPage({ browser, ...pageOptions });
  await signInThroughOutbox({ page, app, email, ...(landing ? { landing } : {}) });
  return page;
}
