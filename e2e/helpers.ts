/** Shared e2e helpers: a guard that fails on any request leaving localhost, and fixture routing. */
import { expect, type Page } from '@playwright/test';

/** Blocks and records every request to a host other than localhost; assert with `expectNoExternal`. */
export async function guardExternal(page: Page): Promise<string[]> {
  const external: string[] = [];
  await page.route(
    (url) => !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      external.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return external;
}

export function expectNoExternal(external: string[]) {
  expect(external, `requests left localhost: ${external.join(', ')}`).toEqual([]);
}

export const SCREENSHOTS = 'e2e/screenshots';
