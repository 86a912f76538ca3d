import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What screen tests read on the current page, as a person or a screen reader would: bound to
 * `current` (the suite's `page`, replaced before each test).
 */
export function screenQueries(current: () => Page) {
  const heading = () => current().getByRole('heading', { level: 1 });
  return {
    /** The page's one level-1 heading. */
    heading,
    /** Waits until the level-1 heading reads `text` exactly. */
    expectHeading: (text: string) => expect.poll(() => heading().textContent()).toBe(text),
    /** The id of the focused element, '' when it has none. */
    focusedId: () => current().evaluate(() => document.activeElement?.id ?? ''),
    /** The focused element's text, white space folded. */
    focusedText: () =>
      current().evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim()),
    isFocused: (locator: Locator) => locator.evaluate((el) => el === document.activeElement),
    /** A locator's text, white space folded. */
    text: async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' '),
    /** The error message tied to a field by `aria-describedby` (the id ending in `-erreur`), if any. */
    errorOf: async (locator: Locator) => {
      const described = ((await locator.getAttribute('aria-describedby')) ?? '').split(' ');
      const errorId = described.find((value) => value.endsWith('-erreur'));
      return errorId ? current().locator(`[id="${errorId}"]`).textContent() : null;
    },
    /** With PASSERELLE_SCREENSHOTS=<dir>, captures the screen at 1280 and 375 px. */
    shot: async (name: string) => {
      const dir = process.env.PASSERELLE_SCREENSHOTS;
      if (!dir) return;
      const page = current();
      const size = page.viewportSize();
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 800 });
        await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true });
      }
      if (size) await page.setViewportSize(size);
    },
  };
}
