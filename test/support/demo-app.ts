import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type AppServer, startAppServer } from './app-server.ts';
import { launchBrowser } from './browser.ts';

/** The demo app and a browser, for a suite of end-to-end tests. */
export type DemoApp = Pick<AppServer, 'url' | 'outbox' | 'mailedLink'> & { readonly browser: Browser };

/**
 * For a suite of end-to-end tests (call it in the `describe`): the real server with the demo
 * tenants (see startAppServer) and Chromium, started before the suite and stopped after it.
 */
export function serveDemoApp(): DemoApp {
  let app: AppServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    app = await startAppServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('the demo app is not started: use it inside the suite’s tests');
    return value;
  };
  return {
    get url() {
      return started(app).url;
    },
    get browser() {
      return started(browser);
    },
    outbox: () => started(app).outbox(),
    mailedLink: (to, pattern) => started(app).mailedLink(to, pattern),
  };
}
