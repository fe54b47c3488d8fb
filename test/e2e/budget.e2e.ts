/**
 * Bytes budgets, measured on what the built widget really fetches in the browser (gzip -9 of
 * each file, as a server would send it):
 * - a first visit, until the visitor decides (what the peer benchmark counts): at most 10 KB,
 *   exactly the loader, the app chunk and the banner texts;
 * - accepting then adds the vendors chunk alone: at most 3 KB;
 * - the loader, which is all a returning visitor who refused fetches: at most 3 KB;
 * - opening the notice from a first visit: the notice chunk at most 15 KB, and neither marked
 *   (for a notice in common Markdown) nor DOMPurify (in a browser with `setHTML`);
 * - and one cost that is not bytes: a page view touches web storage only when it must (the
 *   first use of sessionStorage or localStorage costs a slow phone about 15 ms of script).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  addInitScript,
  ALL_VENDORS,
  bannerButton,
  consentCookie,
  noticeShown,
  shopPage,
  standinsLoaded,
  startHarness,
  type Harness,
} from './harness.js';

const KB = 1024;
const root = fileURLToPath(new URL('../..', import.meta.url));

let harness: Harness;
before(async () => (harness = await startHarness()));
after(() => harness.close());

const gzipSize = async (path: string) =>
  gzipSync(await readFile(root + path.slice(1)), { level: 9 }).length;

async function total(paths: string[]) {
  const sizes = await Promise.all(paths.map(gzipSize));
  return sizes.reduce((sum, size) => sum + size, 0);
}

describe('bytes budget', () => {
  it('a first visit fetches at most 10 KB before the decision, and the vendors’ 3 KB after', async () => {
    const { page, widgetRequests, requests, context } = await harness.visit(
      harness.page(shopPage({ attrs: ALL_VENDORS })),
    );
    const accept = bannerButton(page, 'Hyväksy kaikki');
    await accept.waitFor();
    const named = () => widgetRequests().map((file) => file.replace(/\/\w{10}\//, '/<build>/'));
    // Exactly these: a chunk that imported a shared piece would add a request (a round trip).
    const first = widgetRequests();
    assert.deepEqual(named().sort(), [
      '/dist/<build>/app.js',
      '/dist/<build>/banner-fi.js',
      '/dist/seloste.js',
    ]);
    const bytes = await total(first);
    assert.ok(bytes <= 10 * KB, `first visit: ${bytes} bytes gzip in ${first.join(', ')}`);

    await accept.click();
    await standinsLoaded(page, ['gtag', 'fbevents', 'bat']);
    assert.deepEqual(named().slice(3), ['/dist/<build>/vendors.js']);
    const vendors = await total(widgetRequests().slice(3));
    assert.ok(vendors <= 3 * KB, `vendors: ${vendors} bytes gzip`);
    assert.ok(!requests.some((r) => r.resourceType() === 'font'), 'no fonts');
    assert.ok(
      !widgetRequests().some((file) => file.includes('contrast')),
      'no contrast check with the built-in colours',
    );
    await context.close();
  });

  // What a returning visitor fetches (the loader, and the vendors chunk after a grant) is
  // asserted in consent.e2e.ts.
  it('a returning visitor’s loader is at most 3 KB, as a classic script and as a module', async () => {
    for (const loader of ['/dist/seloste.js', '/dist/seloste.mjs']) {
      const bytes = await gzipSize(loader);
      assert.ok(bytes <= 3 * KB, `${loader}: ${bytes} bytes gzip`);
    }
  });

  it('opening the notice fetches a notice chunk of at most 15 KB, without marked or DOMPurify', async () => {
    const { page, widgetRequests, context } = await harness.visit(
      harness.page(shopPage({ attrs: { notice: '/tietosuojaseloste.json' } })),
    );
    await bannerButton(page, 'Hyväksy kaikki').waitFor();
    const before = widgetRequests().length;
    await page.locator('#notice-link').click();
    await noticeShown(page);
    const opened = widgetRequests().slice(before);
    const notice = opened.filter((file) => file.endsWith('/chunks/notice.js'));
    assert.equal(notice.length, 1, opened.join(', '));
    const bytes = await total(notice);
    assert.ok(bytes <= 15 * KB, `notice chunk: ${bytes} bytes gzip`);
    assert.ok(
      !opened.some((file) => /full-markdown|purify/.test(file)),
      `fetched: ${opened.join(', ')}`,
    );
    await context.close();
  });

  it('a first visit and a returning visit touch neither sessionStorage nor localStorage', async () => {
    const path = harness.page(shopPage({ attrs: ALL_VENDORS }));
    for (const value of [null, consentCookie(true, true)]) {
      const context = value ? await harness.withConsent(value) : await harness.browser.newContext();
      await addInitScript(context, () => {
        const touched: string[] = [];
        Object.assign(window, { __storage: touched });
        for (const name of ['sessionStorage', 'localStorage'] as const) {
          const { get } = Object.getOwnPropertyDescriptor(window, name)!;
          Object.defineProperty(window, name, {
            configurable: true,
            get: () => (touched.push(name), get!.call(window)),
          });
        }
      });
      const { page } = await harness.visit(path, { context });
      if (value) await standinsLoaded(page, ['gtag', 'fbevents', 'bat']);
      else await bannerButton(page, 'Hyväksy kaikki').waitFor();
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      assert.deepEqual(
        await page.evaluate(() => (window as { __storage?: string[] }).__storage),
        [],
      );
      await context.close();
    }
  });
});
