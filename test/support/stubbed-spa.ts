import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import type { ApiStub } from './serve-dist.ts';
import { serveDist } from './serve-dist.ts';
import { makeTempDir } from './temp-dir.ts';

export type StubbedSpa = {
  /** The server's origin, e.g. `http://127.0.0.1:4321`. */
  readonly url: string;
  /** A new page in the suite's browser; the caller closes it. */
  newPage(): Promise<Page>;
};

/**
 * For a suite of screen tests (call it in the `describe`): the SPA built into a temp dir of its
 * own, so nothing else reading web/dist is disturbed, served with `stub` answering `/api/*`, and
 * Chromium; all started before the suite and stopped after it.
 */
export function serveStubbedSpa({ tempPrefix, stub }: { tempPrefix: string; stub: ApiStub }): StubbedSpa {
  let temp: ReturnType<typeof makeTempDir> | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    temp = makeTempDir(tempPrefix);
    execFileSync(process.execPath, ['web/build.mjs', `--outdir=${temp.dir}`], { stdio: 'pipe' });
    server = await serveDist(temp.dir, stub);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    temp?.cleanup();
  });

  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('the stubbed SPA is not started: use it inside the suite’s tests');
    return value;
  };
  return {
    get url() {
      return started(server).url;
    },
    newPage: () => started(browser).newPage(),
  };
}
