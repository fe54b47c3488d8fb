/**
 * Under a strict Content-Security-Policy with Trusted Types (see scripts/serve.mjs
 * `strictCsp`): nonce-only scripts, styles only from the origin, no 'unsafe-inline',
 * `require-trusted-types-for 'script'`. The widget must render styled, gate and load all four
 * vendors, run the gated site scripts and show both dialogs, with no violation at all.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import {
  ALL_VENDORS,
  bannerButton,
  bannerStyle,
  dataAttributes,
  noticeShown,
  openNotice,
  shopPage,
  standinsLoaded,
  startHarness,
  type Harness,
} from './harness.js';

let harness: Harness;
before(async () => (harness = await startHarness()));
after(() => harness.close());

/** A shop page for the strict policy: every parser-inserted script carries the nonce, gated ones too. */
const cspPage = () => {
  const data = dataAttributes({ ...ALL_VENDORS, notice: '/tietosuojaseloste.json' });
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8"><title>Tiukka CSP</title>
<link rel="stylesheet" href="/shop.css">
<script nonce="{{nonce}}">window.ran = [];</script>
<script src="/dist/seloste.js" defer nonce="{{nonce}}"${data}></script>
<script type="text/plain" data-seloste-category="analytics" nonce="{{nonce}}">window.ran.push('gated inline');</script>
<script type="text/plain" data-seloste-category="marketing" nonce="{{nonce}}">window.ran.push('gated with nonce');</script>
<script type="text/plain" data-seloste-category="marketing" src="/site/recently-viewed.js" nonce="{{nonce}}"></script>
</head>
<body>
<main><h1>Kauppa tiukalla CSP:llä</h1></main>
<footer><a href="#evasteasetukset" data-seloste-open="settings" id="settings-link">Evästeasetukset</a></footer>
</body>
</html>`;
};

/** Violations as the page reports them, and as the console does. */
const recordViolations = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
`;

describe('strict CSP and Trusted Types', () => {
  it('renders styled, gates and loads every vendor, with zero violations', async () => {
    const context = await harness.browser.newContext();
    await context.addInitScript(recordViolations);
    const { page, messages, vendorRequests, response } = await harness.visit(
      harness.page(cspPage()),
      { context },
    );
    assert.match(
      response?.headers()['content-security-policy'] ?? '',
      /require-trusted-types-for 'script'/,
    );

    const accept = bannerButton(page, 'Hyväksy kaikki');
    await accept.waitFor();
    assert.deepEqual(await bannerStyle(page, ['position', 'background-color']), {
      position: 'fixed',
      'background-color': 'rgb(255, 255, 255)',
    });

    await accept.click();
    await standinsLoaded(page, ['gtag', 'fbevents', 'bat']);
    assert.equal(vendorRequests().length, 3);
    await page.waitForFunction(() => window.ran?.length === 2);
    assert.deepEqual(await page.evaluate(() => window.ran), ['gated inline', 'gated with nonce']);
    await page.waitForFunction(() => document.documentElement.dataset.analyticsScript === 'ran');
    const nonces = await page.evaluate(() =>
      window.__inserted
        .filter((s) => /gtag|fbevents|bat\.js/.test(s.src))
        .map((s) => s.nonce.length > 0),
    );
    assert.deepEqual(nonces, [true, true, true], 'every vendor script carries the nonce');

    await page.locator('#settings-link').click();
    const preferences = page.locator('seloste-preferences dialog[open]');
    await preferences.getByRole('switch', { name: 'Markkinointi' }).waitFor();
    assert.equal(
      await preferences.evaluate((dialog) => getComputedStyle(dialog).borderRadius),
      '8px',
      'the dialog is styled too',
    );
    await page.keyboard.press('Escape');
    await openNotice(page);

    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(
      messages.filter((m) =>
        /Content Security Policy|TrustedScript|TrustedHTML|Trusted Type|\[seloste\]/i.test(m),
      ),
      [],
    );
    await context.close();
  });

  it('the demo’s strict CSP page works with zero violations', async () => {
    const context = await harness.browser.newContext();
    await context.addInitScript(recordViolations);
    const { page, messages } = await harness.visit('/strict-csp.html', { context });
    await bannerButton(page, 'Hyväksy kaikki').click();
    await standinsLoaded(page, ['gtag', 'fbevents', 'bat']);
    await page.waitForFunction(() => document.documentElement.dataset.marketingScript === 'ran');
    await page.locator('footer').getByRole('link', { name: 'Tietosuojaseloste' }).click();
    await noticeShown(page);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(
      messages.filter((m) => m.startsWith('error') || m.includes('[seloste]')),
      [],
    );
    await context.close();
  });

  it('takes the nonce from data-nonce when the tag has none of its own', async () => {
    const { page, context } = await harness.visit(
      harness.page(shopPage({ attrs: { ga4: 'G-TEST1234', nonce: 'from-config' } })),
    );
    await bannerButton(page, 'Hyväksy kaikki').click();
    await standinsLoaded(page, ['gtag']);
    const nonces = await page.evaluate(() =>
      window.__inserted.filter((s) => s.src.includes('gtag')).map((s) => s.nonce),
    );
    assert.deepEqual(nonces, ['from-config']);
    await context.close();
  });
});

describe('a careless notice under the strict CSP', () => {
  it('renders pasted style attributes and <base> without a single violation report', async () => {
    const demo = JSON.parse(
      await readFile(new URL('../../demo/tietosuojaseloste.json', import.meta.url), 'utf8'),
    );
    demo.purposes.fi =
      '<p style="color: red">Punainen</p><base href="https://evil.test/"><p><img src="x" style="width:1px">Kuva</p>';
    const notice = harness.page(JSON.stringify(demo));
    const html = cspPage().replace('/tietosuojaseloste.json', notice);
    const context = await harness.browser.newContext();
    await context.addInitScript(recordViolations);
    const { page, messages } = await harness.visit(harness.page(html), { context });
    await bannerButton(page, 'Hyväksy kaikki').waitFor();
    await openNotice(page);
    await page.locator('seloste-notice').getByText('Punainen').waitFor();
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(
      messages.filter((m) => /Content Security Policy|\[seloste\]/i.test(m)),
      [],
    );
    await context.close();
  });
});
