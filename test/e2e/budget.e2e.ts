/**
 * Bytes budgets, measured on what the built widget really fetches in the browser (gzip -9 of
 * each file, as a server would send it):
 * - a first visit (banner shown, then accept all, four vendors gated): at most 14.5 KB for now;
 *   the vendors moved out of the loader into a chunk of their own (see docs/architecture.md),
 *   and the performance work (the banner without lit-html) takes this back to 10 KB;
 * - a returning visitor's loader: at most 3.5 KB.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  ALL_VENDORS,
  bannerButton,
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
  it('a first visit, banner to accepted, fetches at most 14.5 KB of the widget', async () => {
    const { page, widgetRequests, requests, context } = await harness.visit(
      harness.page(shopPage({ attrs: ALL_VENDORS })),
    );
    await bannerButton(page, 'Hyväksy kaikki').click();
    await standinsLoaded(page, ['gtag', 'fbevents', 'bat']);
    const files = widgetRequests();
    // Exactly these: a chunk that imported a shared piece would add a request (a round trip).
    assert.deepEqual(files.map((file) => file.replace(/\/\w{10}\//, '/<build>/')).sort(), [
      '/dist/<build>/app.js',
      '/dist/<build>/banner-fi.js',
      '/dist/<build>/vendors.js',
      '/dist/seloste.js',
    ]);
    assert.ok(
      !files.some((file) => file.includes('dialogs')),
      'no dialog code before a dialog opens',
    );
    assert.ok(!requests.some((r) => r.resourceType() === 'font'), 'no fonts');
    assert.ok(
      !files.some((file) => file.includes('contrast')),
      'no contrast check with the built-in colours',
    );
    const bytes = await total(files);
    assert.ok(bytes <= 14.5 * KB, `first visit: ${bytes} bytes gzip in ${files.join(', ')}`);
    await context.close();
  });

  // What a returning visitor fetches (the loader, and the vendors chunk after a grant) is
  // asserted in consent.e2e.ts.
  it('a returning visitor’s loader is at most 3.5 KB, as a classic script and as a module', async () => {
    for (const loader of ['/dist/seloste.js', '/dist/seloste.mjs']) {
      const bytes = await gzipSize(loader);
      assert.ok(bytes <= 3.5 * KB, `${loader}: ${bytes} bytes gzip`);
    }
  });
});
