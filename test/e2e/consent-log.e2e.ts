/**
 * The built widget and the real consent-log service (`seloste log serve`, on PGlite in a
 * temporary folder): what each decision records, a service that is down while the visitor
 * decides, and Global Privacy Control.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startService, type RunningService } from '../../src/log/server.js';
import { openStore } from '../../src/log/store.js';
import { bannerButton, quiet, shopPage, startHarness, type Harness } from './harness.js';

const TOKEN = 'e2e-token-that-is-long-enough-000';

let harness: Harness;
let folder: string;
let port: number;
let service: RunningService | undefined;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function up() {
  service = await startService({
    store: await openStore({ dataDir: folder }),
    port,
    host: '127.0.0.1',
    origins: [harness.origin],
    token: TOKEN,
    rateLimit: 0,
    trustProxy: false,
    log: () => {},
    logError: () => {},
  });
}

async function down() {
  await service?.stop(1000);
  service = undefined;
}

/** Every record the log holds for a consent id (the owner's endpoint). */
async function history(consentId: string): Promise<Record<string, unknown>[]> {
  const response = await fetch(
    `http://127.0.0.1:${port}/v1/records?consentId=${encodeURIComponent(consentId)}`,
    { headers: { authorization: `Bearer ${TOKEN}` } },
  );
  const body = (await response.json()) as { records: Record<string, unknown>[] };
  return body.records;
}

/** Waits until the log holds `count` records for the consent id. */
async function logged(consentId: string, count: number) {
  for (let i = 0; i < 100; i++) {
    const records = await history(consentId);
    if (records.length >= count) return records;
    await quiet(100);
  }
  throw new Error(`the log never held ${count} records for ${consentId}`);
}

before(async () => {
  harness = await startHarness();
  folder = await mkdtemp(join(tmpdir(), 'seloste-log-e2e-'));
  port = await freePort();
  await up();
});
after(async () => {
  await down();
  await harness.close();
  await rm(folder, { recursive: true, force: true });
});

const page = () =>
  harness.page(
    shopPage({
      attrs: {
        ga4: 'G-TEST1234',
        notice: '/tietosuojaseloste.json',
        consentLog: `http://127.0.0.1:${port}/v1/records`,
        reloadOnRevoke: 'false',
      },
    }),
  );

describe('the consent log', () => {
  it('records each decision: what, when, how, on which texts and notice version', async () => {
    const { page: tab, context } = await harness.visit(`${page()}?tilaus=42#x`);
    await bannerButton(tab, 'Hyväksy kaikki').click();
    const { id } = (await tab.evaluate(() => window.seloste!.getConsent()))!;
    const [first] = await logged(id, 1);
    assert.deepEqual(
      {
        ...first,
        recordId: typeof first!.recordId,
        decidedAt: typeof first!.decidedAt,
        textHash: typeof first!.textHash,
        receivedAt: undefined,
      },
      {
        recordId: 'string',
        consentId: id,
        decidedAt: 'string',
        categories: { necessary: true, analytics: true, marketing: true },
        // Each service the visitor was offered (the page has GA4 alone).
        services: { googleAnalytics: true },
        method: 'banner',
        revision: '',
        noticeVersion: '2026-10-15',
        lang: 'fi',
        textHash: 'string',
        page: `${harness.origin}${new URL(tab.url()).pathname}`,
        gpc: false,
        receivedAt: undefined,
      },
    );
    assert.equal(await tab.evaluate(() => localStorage.getItem('seloste_log')), null);

    await tab.evaluate(() => window.seloste!.setConsent({ marketing: false }));
    const records = await logged(id, 2);
    assert.deepEqual(
      records.map((r) => [r.method, (r.categories as { marketing: boolean }).marketing]),
      [
        ['banner', true],
        ['withdrawal', false],
      ],
    );
    await context.close();
  });

  it('keeps a decision made while the service is down, and delivers it once it is back', async () => {
    await down();
    const { page: tab, context, messages } = await harness.visit(page());
    await bannerButton(tab, 'Hylkää kaikki').click();
    await tab.waitForFunction(() => localStorage.getItem('seloste_log'));
    const { id } = (await tab.evaluate(() => window.seloste!.getConsent()))!;
    await up();
    assert.deepEqual(await history(id), [], 'nothing arrives by itself');
    await tab.reload();
    const records = await logged(id, 1);
    await tab.waitForFunction(() => localStorage.getItem('seloste_log') === null);
    await tab.reload();
    await quiet(500);
    assert.equal((await history(id)).length, 1, 'exactly once');
    assert.equal(records[0]!.method, 'banner');
    assert.ok(!messages.some((m) => m.startsWith('pageerror')), messages.join('\n'));
    await context.close();
  });
});

describe('Global Privacy Control', () => {
  it('is honoured: the banner says so, accept all leaves marketing out, the record has it', async () => {
    const context = await harness.browser.newContext();
    // As a browser with the signal on (Firefox, Brave) has it.
    await context.addInitScript(
      "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });",
    );
    const { page: tab } = await harness.visit(page(), { context });
    const banner = tab.locator('seloste-banner');
    await bannerButton(tab, 'Hyväksy kaikki').waitFor();
    await banner.getByText('Global Privacy Control').waitFor();
    await bannerButton(tab, 'Hyväksy kaikki').click();
    const consent = (await tab.evaluate(() => window.seloste!.getConsent()))!;
    assert.deepEqual([consent.analytics, consent.marketing], [true, false]);
    const [record] = await logged(consent.id, 1);
    assert.equal(record!.gpc, true);
    await tab.evaluate(() => window.seloste!.openSettings());
    const settings = tab.locator('seloste-preferences dialog[open]');
    await settings.getByText('Global Privacy Control').waitFor();
    await context.close();
  });
});
