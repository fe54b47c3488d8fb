/**
 * Services beyond the four vendors, with the built bundle: catalogue services named in
 * `data-services` and the owner's own declared as JSON load only on consent, follow per-service
 * choices, lose their cookies on withdrawal, and are listed in the settings and the notice.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { bannerButton, quiet, shopPage, startHarness, type Harness } from './harness.js';

let harness: Harness;
before(async () => (harness = await startHarness()));
after(() => harness.close());

/**
 * The catalogue's and the owner's hosts, answered offline; each script sets a cookie of its own.
 * Routed after the page is opened, so that these answers come before the harness's.
 */
const SERVICE_HOST = /^https:\/\/(static\.hotjar\.com|www\.clarity\.ms|chat\.example\.test)\//;
const SCRIPTS: [RegExp, string][] = [
  [/hotjar-1234567\.js/, "document.cookie = '_hjSessionUser_1234567=x; path=/';"],
  [/clarity\.ms\/tag\/abcd123xyz/, "document.cookie = '_clck=x; path=/';"],
  [/chat\.example\.test\/widget\.js/, "document.cookie = 'chat_id=x; path=/';"],
];

async function routeServices(context: BrowserContext, requested: string[]) {
  await context.route(SERVICE_HOST, async (route) => {
    const url = route.request().url();
    requested.push(url);
    const body = SCRIPTS.find(([pattern]) => pattern.test(url))?.[1] ?? '';
    await route.fulfill({ contentType: 'text/javascript', body });
  });
}

const SERVICES = JSON.stringify([
  {
    id: 'chat',
    name: 'Tukichat',
    provider: 'Esimerkki Chat Oy',
    category: 'marketing',
    purpose: { fi: 'Asiakaspalvelun chat-ikkuna.', en: 'The customer service chat.' },
    cookies: [{ name: 'chat_id', days: 30 }],
    src: 'https://chat.example.test/widget.js',
  },
  { id: 'ads-thing', name: 'Mainosjuttu', provider: 'X Oy', category: 'ads', purpose: 'x' },
]);

const page = () =>
  harness.page(
    shopPage({
      attrs: {
        ga4: 'G-TEST1234',
        services: 'hotjar:1234567 clarity:abcd123xyz youtube',
        notice: '/tietosuojaseloste.json',
        reloadOnRevoke: 'false',
      },
      body: `<script type="application/json" data-seloste-services>${SERVICES}</script>`,
    }),
  );

const cookieNames = async (context: BrowserContext) =>
  (await context.cookies()).map((cookie) => cookie.name).sort();

describe('services beyond the four vendors', () => {
  it('load nothing before consent, and name a bad declaration', async () => {
    const { page: tab, messages, requests, context } = await harness.visit(page());
    await bannerButton(tab, 'Hyväksy kaikki').waitFor();
    await quiet();
    assert.deepEqual(
      requests.map((request) => request.url()).filter((url) => SERVICE_HOST.test(url)),
      [],
    );
    // Named once the services chunk has checked the declarations (at most a few seconds).
    for (let tries = 0; tries < 50 && !messages.some((m) => m.includes('"ads-thing"')); tries++)
      await quiet(100);
    assert.deepEqual(
      messages.filter((m) => m.includes('"ads-thing"')),
      [
        'warning: [seloste] data-seloste-services: service "ads-thing": category "ads" is not analytics or marketing; the service is left out.',
      ],
    );
    await context.close();
  });

  it('are listed one by one in the settings, and a refused one stays away', async () => {
    const { page: tab, context } = await harness.visit(page());
    const requested: string[] = [];
    await routeServices(context, requested);
    await bannerButton(tab, 'Asetukset').click();
    const dialog = tab.locator('seloste-preferences dialog[open]');
    for (const name of ['Google Analytics 4', 'Hotjar', 'Microsoft Clarity', 'Tukichat', 'YouTube'])
      await dialog
        .getByRole('switch', { name, exact: true, includeHidden: true })
        .waitFor({ state: 'attached' });
    await dialog.getByRole('switch', { name: 'Analytiikka' }).check();
    await dialog.getByText('Palvelut ja evästeet (3)').click();
    await dialog.getByRole('switch', { name: 'Hotjar' }).uncheck();
    await dialog.getByRole('button', { name: 'Tallenna valinnat' }).click();
    await tab.waitForFunction(() => document.cookie.includes('_clck'));
    await quiet();
    assert.deepEqual(requested, ['https://www.clarity.ms/tag/abcd123xyz']);
    await context.close();
  });

  it('load on consent and lose their cookies on withdrawal, service by service', async () => {
    const { page: tab, context } = await harness.visit(page());
    const requested: string[] = [];
    await routeServices(context, requested);
    await bannerButton(tab, 'Hyväksy kaikki').click();

    await tab.waitForFunction(() =>
      ['_hjSessionUser', '_clck', 'chat_id'].every((name) => document.cookie.includes(name)),
    );
    assert.equal(requested.length, 3, requested.join());
    await tab.evaluate(() =>
      window.seloste!.setConsent({ services: { hotjar: false, chat: false } }),
    );
    const names = await cookieNames(context);
    assert.ok(!names.some((name) => name.startsWith('_hj')), names.join());
    assert.ok(!names.includes('chat_id'), names.join());
    assert.ok(names.includes('_clck'), 'Clarity is still allowed');
    const consent = await tab.evaluate(() => window.seloste!.getConsent()?.services);
    assert.deepEqual(
      { hotjar: consent?.hotjar, clarity: consent?.clarity, chat: consent?.chat },
      { hotjar: false, clarity: true, chat: false },
    );
    await context.close();
  });

  it('are listed in the notice’s cookie table', async () => {
    const { page: tab, context } = await harness.visit(page());
    await tab.waitForFunction(() => window.seloste);
    await tab.evaluate(() => window.seloste!.openNotice());
    const table = tab.locator('seloste-notice dialog[open] [data-section="cookies"] table');
    await table.waitFor();
    const text = await table.innerText();
    for (const name of ['Hotjar', 'Microsoft Clarity', 'Tukichat', 'chat_id', 'YouTube'])
      assert.ok(text.includes(name), `${name} in\n${text}`);
    await context.close();
  });
});
