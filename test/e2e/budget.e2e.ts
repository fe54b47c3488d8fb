/**
 * Bytes budgets, measured on what the built widget really fetches in the browser (gzip -9 of
 * each file, as a server would send it):
 * - a first visit (banner shown, then accept all, four vendors gated): at most 12.5 KB;
 * - a returning visitor with a stored decision: the loader alone, at most 4 KB.
 *
 * The first visit was 12 KB until the accessibility work of issue 13 (focus and a spoken
 * confirmation after a decision, room on the page for the banner, its compact and low-height
 * layouts) added about 460 bytes that every first visit needs; see docs/architecture.md.
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
const FIRST_VISIT = 12.5 * KB;
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
  it('a first visit, banner to accepted, fetches at most 12.5 KB of the widget', async () => {
    const { page, widgetRequests, requests, context } = await harness.visit(
      harness.page(shopPage({ attrs: ALL_VENDORS })),
    );
    await bannerButton(page, 'Hyväksy kaikki').click();
    await standinsLoaded(page, ['gtag', 'fbevents', 'bat']);
    const files = widgetRequests();
    assert.ok(files.includes('/dist/seloste.js'));
    assert.ok(
      files.some((file) => file.endsWith('/banner-fi.js')),
      files.join(),
    );
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
    assert.ok(bytes <= FIRST_VISIT, `first visit: ${bytes} bytes gzip in ${files.join(', ')}`);
    await context.close();
  });

  // That a returning visitor fetches the loader alone is asserted in consent.e2e.ts.
  it('a returning visitor’s loader is at most 4 KB', async () => {
    const bytes = await gzipSize('/dist/seloste.js');
    assert.ok(bytes <= 4 * KB, `returning visit: ${bytes} bytes gzip`);
  });
});
