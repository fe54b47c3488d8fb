/**
 * The built bundle against a hostile page, a hostile sibling subdomain and broken set-ups: each
 * test reproduces an attack or a fault found in review, and shows it fails now (docs/security.md).
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import {
  ALL_VENDORS,
  bannerButton,
  consentCookie,
  dataAttributes,
  quiet,
  shopPage,
  standinsLoaded,
  startHarness,
  type Harness,
} from './harness.js';

let harness: Harness;
before(async () => (harness = await startHarness()));
after(() => harness.close());

const seloste = (messages: string[]) => messages.filter((m) => m.includes('[seloste]'));

/** Requests to evil.test, answered with a script that records itself in `window.ran`. */
async function routeEvil(context: BrowserContext): Promise<string[]> {
  const requests: string[] = [];
  await context.route(/^https:\/\/evil\.test\//, (route) => {
    requests.push(route.request().url());
    return route.fulfill({
      contentType: 'text/javascript',
      body: "(window.ran ??= []).push('evil ' + location.href);",
    });
  });
  return requests;
}

describe('gated placeholders the owner did not write', () => {
  it('never run, under a strict nonce CSP, whether injected into the HTML or built by script', async () => {
    const data = dataAttributes({ ga4: 'G-TEST1234' });
    const html = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>XSS</title>
<script nonce="{{nonce}}">window.ran = [];</script>
<script src="/dist/seloste.js" defer nonce="{{nonce}}"${data}></script>
<script type="text/plain" data-seloste-category="analytics" nonce="{{nonce}}">window.ran.push('owner');</script>
</head><body><main><h1>Kommentit</h1>
<p>Stored XSS:
<script type="text/plain" data-seloste-category="necessary">window.ran.push('injected necessary');</script>
<script type="text/plain" data-seloste-category="analytics">window.ran.push('injected analytics');</script>
<script type="text/plain" data-seloste-category="marketing" src="https://evil.test/injected.js"></script>
<template id="t"><script type="text/plain" data-seloste-category="analytics">window.ran.push('template');</script></template>
</p></main></body></html>`;
    const context = await harness.browser.newContext();
    const evil = await routeEvil(context);
    // A strict nonce policy without Trusted Types, so that the DOM XSS below can build its nodes.
    const csp = "script-src 'nonce-{{nonce}}' 'strict-dynamic'; object-src 'none'; base-uri 'none'";
    const { page, messages } = await harness.visit(
      harness.page(html, { 'content-security-policy': csp }),
      { context },
    );
    await page.waitForFunction(() => window.seloste);
    // A DOM XSS after load: placeholders made every way a script can make parser-like nodes.
    await page.evaluate(() => {
      const markup = (what: string) =>
        `<script type="text/plain" data-seloste-category="analytics">window.ran.push('${what}');</script>`;
      const parsed = new DOMParser().parseFromString(markup('DOMParser'), 'text/html');
      document.body.append(document.adoptNode(parsed.querySelector('script')!));
      document.body.append(document.createRange().createContextualFragment(markup('range')));
      const parseHTMLUnsafe = (Document as unknown as { parseHTMLUnsafe?: (h: string) => Document })
        .parseHTMLUnsafe;
      if (parseHTMLUnsafe)
        document.body.append(document.adoptNode(parseHTMLUnsafe(markup('unsafe')).scripts[0]!));
      const template = document.getElementById('t') as HTMLTemplateElement;
      document.body.append(template.content.cloneNode(true));
    });
    await page.evaluate(() => window.seloste!.acceptAll());
    await page.waitForFunction(() => window.ran?.includes('owner'));
    await quiet();
    assert.deepEqual(await page.evaluate(() => window.ran), ['owner']);
    assert.deepEqual(evil, []);
    assert.ok(
      seloste(messages).includes(
        'warning: [seloste] <script data-seloste-category="analytics"> never runs: on a page with a CSP nonce, a gated script needs the nonce too.',
      ),
      messages.join('\n'),
    );
    await context.close();
  });
});

describe('the module tag', () => {
  it('knows its own tag exactly: an injected decoy changes nothing', async () => {
    const decoy =
      '<script type="text/plain" src="https://evil.test/seloste.js" data-ga4="G-EVIL0000" data-gtag-src="https://evil.test/gtag.js"></script>';
    const tag = '<script type="module" src="/dist/seloste.mjs" data-ga4="G-TEST1234"></script>';
    const html = shopPage()
      .replace(/<script src="\/dist\/seloste.js" defer><\/script>/, decoy + tag)
      .replace('</main>', `${decoy}</main>`);
    const context = await harness.browser.newContext();
    const evil = await routeEvil(context);
    const { page, vendorRequests, messages } = await harness.visit(harness.page(html), {
      context,
    });
    await bannerButton(page, 'Hyväksy kaikki').click();
    await standinsLoaded(page, ['gtag']);
    assert.deepEqual(vendorRequests(), ['https://www.googletagmanager.com/gtag/js?id=G-TEST1234']);
    assert.deepEqual(evil, []);
    assert.deepEqual(seloste(messages), []);
    await context.close();
  });

  it('with two tags, the first in the document runs, however they load', async () => {
    const first = '<script src="/dist/seloste.js?first" async data-ga4="G-FIRST0001"></script>';
    const second = '<script src="/dist/seloste.js?second" async data-ga4="G-SECOND001"></script>';
    const html = shopPage().replace(
      /<script src="\/dist\/seloste.js" defer><\/script>/,
      first + second,
    );
    const context = await harness.browser.newContext();
    // The first tag's file arrives last.
    await context.route('**/dist/seloste.js?first', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    const { page, vendorRequests, messages } = await harness.visit(harness.page(html), {
      context,
    });
    await bannerButton(page, 'Hyväksy kaikki').click();
    await standinsLoaded(page, ['gtag']);
    assert.deepEqual(vendorRequests(), ['https://www.googletagmanager.com/gtag/js?id=G-FIRST0001']);
    assert.deepEqual(seloste(messages), [
      'warning: [seloste] is on this page twice; the first tag runs, this one does nothing.',
    ]);
    await context.close();
  });
});

describe('the consent cookie against a hostile sibling subdomain', () => {
  /** A consent cookie that a page on evil.shop.example.test set on the parent domain. */
  const tossed = (value: string, path = '/') => ({
    name: 'seloste_consent',
    value,
    domain: '.shop.example.test',
    path,
    secure: true,
    sameSite: 'Lax' as const,
  });

  it('on https, a tossed cookie grants nothing and the choice is kept in a __Host- cookie', async () => {
    const origin = await harness.secureOrigin('www');
    const context = await harness.browser.newContext();
    await context.addCookies([tossed(consentCookie(true, true))]);
    const { page, vendorRequests } = await harness.visit(
      harness.page(shopPage({ attrs: ALL_VENDORS })),
      { origin, context },
    );
    const reject = bannerButton(page, 'Hylkää kaikki');
    await reject.waitFor();
    await quiet();
    assert.deepEqual(vendorRequests(), []);
    await reject.click();
    await page.waitForFunction(() => document.cookie.includes('__Host-seloste_consent'));
    const cookies = await context.cookies(origin);
    const own = cookies.find((c) => c.name === '__Host-seloste_consent');
    assert.match(own?.value ?? '', /^v:2\|a:0\|m:0\|/);
    assert.equal(own?.domain, 'www.shop.example.test', 'host-only');
    assert.equal(own?.secure, true);
    await page.reload();
    await page.waitForFunction(() => window.seloste?.getConsent());
    assert.equal(await page.locator('seloste-banner').count(), 0, 'the refusal holds');
    assert.deepEqual(vendorRequests(), []);
    await context.close();
  });

  it('with a shared cookie domain, copies that disagree mean asking again', async () => {
    const origin = await harness.secureOrigin('www');
    const context = await harness.browser.newContext();
    const path = harness.page(
      shopPage({ attrs: { ...ALL_VENDORS, cookieDomain: 'shop.example.test' } }),
    );
    // The visitor refused; then a sibling planted a grant on a longer path, which sorts first.
    await context.addCookies([
      tossed(consentCookie(false, false)),
      tossed(consentCookie(true, true), '/e2e'),
    ]);
    const { page, vendorRequests, messages } = await harness.visit(path, { origin, context });
    await bannerButton(page, 'Hyväksy kaikki').waitFor();
    await quiet();
    assert.deepEqual(vendorRequests(), []);
    assert.ok(
      seloste(messages).includes(
        'warning: [seloste] the cookie "seloste_consent" is there 2 times with different values; asking again.',
      ),
      messages.join('\n'),
    );
    await context.close();
  });
});

describe('a CSP whose Trusted Types do not allow the seloste policy', () => {
  const csp =
    "script-src 'nonce-{{nonce}}' 'strict-dynamic'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html dompurify";
  const page = (
    extra = '',
  ) => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>TT</title>
<link rel="stylesheet" href="/shop.css">
${extra}
<script src="/dist/seloste.js" defer nonce="{{nonce}}"${dataAttributes(ALL_VENDORS)}></script>
</head><body><main><h1>Kauppa</h1></main></body></html>`;

  /** The page's console and uncaught errors, once it has settled. */
  async function settle(visit: { page: Page; messages: string[] }) {
    await visit.page.waitForFunction(() => window.seloste);
    await quiet(500);
    return visit.messages.filter((m) => m.includes('[seloste]') || m.startsWith('pageerror'));
  }

  it('a returning visitor: named once, nothing thrown, no vendor loaded', async () => {
    const context = await harness.withConsent(consentCookie(true, true));
    const visit = await harness.visit(harness.page(page(), { 'content-security-policy': csp }), {
      context,
    });
    assert.deepEqual(await settle(visit), [
      'warning: [seloste] Trusted Types stop its scripts: the CSP\'s trusted-types directive must allow the policy "seloste" (and no other script may create it).',
    ]);
    assert.deepEqual(visit.vendorRequests(), []);
    await context.close();
  });

  it('a first visit: the decision is stored and the API resolves', async () => {
    const visit = await harness.visit(harness.page(page(), { 'content-security-policy': csp }));
    await bannerButton(visit.page, 'Hyväksy kaikki').waitFor();
    const consent = await visit.page.evaluate(() => window.seloste!.acceptAll());
    assert.equal(consent?.marketing, true);
    assert.match(
      await visit.page.evaluate(() => document.cookie),
      /seloste_consent=v:2\|a:1\|m:1\|/,
    );
    assert.equal((await settle(visit)).length, 1);
    assert.deepEqual(visit.vendorRequests(), []);
    await visit.context.close();
  });

  it('a policy another script took first: the same', async () => {
    const context = await harness.withConsent(consentCookie(true, true));
    const taken = `<script nonce="{{nonce}}">trustedTypes.createPolicy('seloste', { createScriptURL: (u) => u });</script>`;
    const visit = await harness.visit(
      harness.page(page(taken), {
        'content-security-policy': csp.replace('lit-html', 'seloste lit-html'),
      }),
      { context },
    );
    const messages = await settle(visit);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0]!, /Trusted Types stop its scripts/);
    assert.deepEqual(visit.vendorRequests(), []);
    await context.close();
  });
});

describe('tabs', () => {
  it('follow each other: a grant, a withdrawal, and no stale decision grants again', async () => {
    const path = harness.page(shopPage({ attrs: { ...ALL_VENDORS, reloadOnRevoke: 'false' } }));
    const a = await harness.visit(path);
    const b = await harness.visit(path, { context: a.context });
    await bannerButton(b.page, 'Hyväksy kaikki').waitFor();

    await a.page.evaluate(() => window.seloste!.acceptAll());
    await b.page.locator('seloste-banner').waitFor({ state: 'detached' });
    await standinsLoaded(b.page, ['gtag', 'fbevents', 'bat']);
    const id = await a.page.evaluate(() => window.seloste!.getConsent()!.id);

    await a.page.evaluate(() => window.seloste!.setConsent({ marketing: false }));
    await b.page.waitForFunction(() => window.seloste!.getConsent()?.marketing === false);
    // B still thought marketing was granted: its own change must not grant it again.
    const consent = await b.page.evaluate(() => window.seloste!.setConsent({ analytics: false }));
    assert.deepEqual([consent?.analytics, consent?.marketing, consent?.id], [false, false, id]);
    assert.equal(
      await a.page.evaluate(() => window.seloste!.getConsent()?.analytics),
      false,
      'A follows B',
    );
    await a.context.close();
  });

  it('a withdrawal in one tab reloads the other', async () => {
    const context = await harness.withConsent(consentCookie(true, true));
    const path = harness.page(shopPage({ attrs: ALL_VENDORS }));
    const a = await harness.visit(path, { context });
    const b = await harness.visit(path, { context });
    await standinsLoaded(b.page, ['gtag']);
    const reloaded = b.page.waitForEvent('load');
    await a.page.evaluate(() => window.seloste!.setConsent({ analytics: false }));
    await reloaded;
    await context.close();
  });
});

describe('the widget on another origin (a CDN)', () => {
  it('needs CORS for its chunks, and says so when the header is missing', async () => {
    const { port } = new URL(harness.origin);
    const html = shopPage({ attrs: ALL_VENDORS }).replace(
      '/dist/seloste.js',
      `http://localhost:${port}/dist/seloste.js`,
    );
    const { page, messages, context } = await harness.visit(harness.page(html), {
      origin: harness.shopOrigin,
    });
    await page.waitForFunction(() => window.seloste);
    await quiet(500);
    assert.equal(await page.locator('seloste-banner').count(), 0);
    assert.ok(
      seloste(messages).some((m) =>
        m.endsWith(': from another origin they need the header Access-Control-Allow-Origin.'),
      ),
      messages.join('\n'),
    );
    await context.close();
  });

  it('works with the header', async () => {
    const cdn = await serve({
      port: 0,
      headers: (path): Record<string, string> =>
        path.startsWith('/dist/') ? { 'access-control-allow-origin': '*' } : {},
    });
    try {
      const { port } = cdn.address() as AddressInfo;
      const html = shopPage({ attrs: ALL_VENDORS }).replace(
        '/dist/seloste.js',
        `http://localhost:${port}/dist/seloste.js`,
      );
      const { page, context } = await harness.visit(harness.page(html));
      await bannerButton(page, 'Hyväksy kaikki').click();
      await standinsLoaded(page, ['gtag', 'fbevents', 'bat']);
      await context.close();
    } finally {
      await new Promise((resolve) => cdn.close(resolve));
    }
  });
});
