/**
 * The built bundle on a page: what reaches the vendors, when, and in what order; what the
 * visitor's choices leave behind in cookies; the gated site scripts; the footer triggers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ALL_VENDORS,
  bannerButton,
  consentCookie,
  quiet,
  shopPage,
  standinsLoaded,
  startHarness,
  type Harness,
} from './harness.js';

let harness: Harness;
before(async () => (harness = await startHarness()));
after(() => harness.close());

const DENIED = {
  analytics_storage: 'denied',
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'denied',
};
const ADS_GRANTED = {
  ad_storage: 'granted',
  ad_user_data: 'granted',
  ad_personalization: 'granted',
};

describe('first visit', () => {
  it('shows the banner and sends nothing to any vendor, nor sets their cookies', async () => {
    const { page, vendorRequests, vendorCookies, context } = await harness.visit(
      harness.page(shopPage({ attrs: ALL_VENDORS })),
    );
    await bannerButton(page, 'Hyväksy kaikki').waitFor();
    await quiet();
    assert.deepEqual(vendorRequests(), []);
    assert.deepEqual(await vendorCookies(), []);
    const state = await page.evaluate(() => [
      typeof window.dataLayer,
      typeof window.uetq,
      typeof window.fbq,
    ]);
    assert.deepEqual(state, ['undefined', 'undefined', 'undefined'], 'no vendor before consent');
    await context.close();
  });

  it('reject all: nothing from vendors, now or on the next page, and the refusal is kept', async () => {
    const path = harness.page(shopPage({ attrs: ALL_VENDORS }));
    const { page, vendorRequests, vendorCookies, context } = await harness.visit(path);
    await bannerButton(page, 'Hylkää kaikki').click();
    await page.locator('seloste-banner').waitFor({ state: 'detached' });
    const cookie = (await context.cookies()).find((c) => c.name === 'seloste_consent');
    assert.match(cookie?.value ?? '', /^v:2\|a:0\|m:0\|s:[\w.!-]*\|t:[0-9a-z]+\|id:[\w-]{22}\|r:$/);
    assert.equal(cookie?.sameSite, 'Lax');
    assert.equal(cookie?.path, '/');
    const days = ((cookie?.expires ?? 0) * 1000 - Date.now()) / 86_400_000;
    assert.ok(days > 364 && days <= 365, `kept for a year, not ${days} days`);

    await page.reload();
    await page.waitForFunction(() => window.seloste?.getConsent());
    await quiet();
    assert.equal(await page.locator('seloste-banner').count(), 0, 'no banner once decided');
    assert.deepEqual(vendorRequests(), []);
    assert.deepEqual(await vendorCookies(), []);
    await context.close();
  });

  it('accept all: each vendor script once, after its queue is set up in the right order', async () => {
    const { page, vendorRequests, vendorCookies, context } = await harness.visit(
      harness.page(shopPage({ attrs: ALL_VENDORS })),
    );
    const change = page.evaluate(
      () =>
        new Promise((resolve) =>
          document.addEventListener('seloste-change', (e) => resolve(e.detail)),
        ),
    );
    await bannerButton(page, 'Hyväksy kaikki').click();
    await standinsLoaded(page, ['gtag', 'fbevents', 'bat']);
    assert.deepEqual(await change, await page.evaluate(() => window.seloste!.getConsent()));

    assert.deepEqual(vendorRequests().sort(), [
      'https://bat.bing.com/bat.js',
      'https://connect.facebook.net/en_US/fbevents.js',
      'https://www.googletagmanager.com/gtag/js?id=G-TEST1234',
    ]);
    const inserted = await page.evaluate(() => window.__inserted);
    const at = (pattern: RegExp) => inserted.find((insertion) => pattern.test(insertion.src))!;

    const google = at(/gtag\/js/).dataLayer!.map((entry) =>
      entry.arguments[0] === 'js' ? ['js'] : entry.arguments,
    );
    assert.deepEqual(google, [
      ['consent', 'default', DENIED],
      ['consent', 'update', { analytics_storage: 'granted' }],
      ['consent', 'update', ADS_GRANTED],
      ['js'],
      ['set', 'ads_data_redaction', true],
      ['config', 'G-TEST1234'],
      ['config', 'AW-123456789'],
    ]);
    assert.deepEqual(
      at(/fbevents/).fbq!.map((entry) => entry.arguments),
      [
        ['consent', 'grant'],
        ['init', '1234567890'],
        ['track', 'PageView'],
      ],
    );
    assert.deepEqual(at(/bat\.js/).uetq, [
      'consent',
      'default',
      { ad_storage: 'denied' },
      'consent',
      'update',
      { ad_storage: 'granted' },
    ]);
    const standin = await page.evaluate(() => {
      const vendors = window.__standin!.vendors;
      return { gtagIgnored: vendors.gtag!.ignored, uet: vendors.bat!.options };
    });
    assert.equal(standin.gtagIgnored, 0, 'every dataLayer entry was an Arguments object');
    assert.deepEqual(standin.uet, { ti: '12345678', enableAutoSpaTracking: true });
    const names = (await vendorCookies()).map((cookie) => cookie.name).sort();
    assert.deepEqual(names, ['_fbp', '_ga', '_ga_TEST1234', '_gcl_au', '_uetsid', '_uetvid']);
    await context.close();
  });

  it('analytics only, from the settings: Google Analytics alone, ads stay denied', async () => {
    const { page, vendorRequests, context } = await harness.visit(
      harness.page(shopPage({ attrs: ALL_VENDORS })),
    );
    await bannerButton(page, 'Asetukset').click();
    const dialog = page.locator('seloste-preferences dialog[open]');
    await dialog.getByRole('switch', { name: 'Analytiikka' }).check();
    await dialog.getByRole('button', { name: 'Tallenna valinnat' }).click();
    await standinsLoaded(page, ['gtag']);
    await quiet();
    assert.deepEqual(vendorRequests(), ['https://www.googletagmanager.com/gtag/js?id=G-TEST1234']);
    const gtag = await page.evaluate(() => {
      const tag = window.__standin!.vendors.gtag!;
      return { consent: tag.consent, configured: tag.configured };
    });
    assert.deepEqual(gtag.configured, ['G-TEST1234']);
    assert.deepEqual(gtag.consent, { ...DENIED, analytics_storage: 'granted' });
    assert.deepEqual(await page.evaluate(() => window.seloste!.getConsent()?.marketing), false);
    await context.close();
  });
});

describe('per-service choices', () => {
  it('a refused service stays away while its category sibling loads, and the next page agrees', async () => {
    const body = `<script type="text/plain" data-seloste-category="marketing" data-seloste-service="metaPixel">window.ran = 'meta-only script';</script>`;
    const path = harness.page(shopPage({ attrs: ALL_VENDORS, body }));
    const { page, vendorRequests, context } = await harness.visit(path);
    await bannerButton(page, 'Asetukset').click();
    const dialog = page.locator('seloste-preferences dialog[open]');
    await dialog.getByRole('switch', { name: 'Markkinointi' }).check();
    await dialog.getByText('Palvelut ja evästeet (3)').click();
    await dialog.getByRole('switch', { name: 'Meta Pixel' }).uncheck();
    await dialog.getByRole('button', { name: 'Tallenna valinnat' }).click();
    await standinsLoaded(page, ['gtag', 'bat']);
    await quiet();
    const requested = vendorRequests();
    assert.ok(
      requested.some((url) => url.startsWith('https://bat.bing.com/')),
      'UET loaded',
    );
    assert.ok(!requested.some((url) => url.includes('facebook')), 'no Meta');
    const state = await page.evaluate(() => ({
      fbq: typeof window.fbq,
      ran: (window as { ran?: string }).ran,
      consent: window.seloste!.getConsent(),
      gtag: window.__standin!.vendors.gtag!.consent as Record<string, string>,
    }));
    assert.equal(state.fbq, 'undefined');
    assert.equal(state.ran, undefined, 'the script of the refused service did not run');
    assert.deepEqual(state.consent?.services, {
      googleAnalytics: false,
      googleAds: true,
      metaPixel: false,
      bingUet: true,
    });
    assert.equal(state.gtag.ad_storage, 'granted', 'Google Ads is allowed');
    // The next page view: the stored per-service choice holds before any UI loads.
    await page.reload();
    await standinsLoaded(page, ['gtag', 'bat']);
    await quiet();
    assert.equal(await page.evaluate(() => typeof window.fbq), 'undefined');
    await context.close();
  });

  it('Google Ads refused while Google Analytics is allowed: ads signals stay denied', async () => {
    const { page, context } = await harness.visit(harness.page(shopPage({ attrs: ALL_VENDORS })));
    await page.waitForFunction(() => window.seloste);
    await page.evaluate(() =>
      window.seloste!.setConsent({ analytics: true, services: { googleAds: true } }),
    );
    await page.evaluate(() => window.seloste!.setConsent({ services: { googleAds: false } }));
    await standinsLoaded(page, ['gtag']);
    const consent = await page.evaluate(
      () => window.__standin!.vendors.gtag!.consent as Record<string, string>,
    );
    assert.equal(consent.analytics_storage, 'granted');
    assert.equal(consent.ad_storage, 'denied');
    await context.close();
  });
});

describe('Google Tag Manager', () => {
  it('is not requested before consent, and comes after the consent state it must honour', async () => {
    const { page, vendorRequests, context } = await harness.visit(
      harness.page(shopPage({ attrs: { gtm: 'GTM-TEST123', ga4: 'G-TEST1234' } })),
    );
    await bannerButton(page, 'Hyväksy kaikki').waitFor();
    await quiet();
    assert.deepEqual(vendorRequests(), []);
    await page.evaluate(() => window.seloste!.setConsent({ analytics: true }));
    await standinsLoaded(page, ['gtm', 'gtag']);
    assert.deepEqual(vendorRequests().sort(), [
      'https://www.googletagmanager.com/gtag/js?id=G-TEST1234',
      'https://www.googletagmanager.com/gtm.js?id=GTM-TEST123',
    ]);
    const gtm = await page.evaluate(() => {
      const { found, events } = window.__standin!.vendors.gtm! as unknown as {
        found: unknown[];
        events: unknown[];
      };
      return { found: JSON.parse(JSON.stringify(found)), events };
    });
    const shape = (entry: unknown) =>
      Array.isArray(entry) ? entry.slice(0, 2).join(' ') : (entry as { event: string }).event;
    const order = gtm.found.map(shape);
    assert.equal(order[0], 'consent default', order.join());
    assert.ok(order.indexOf('consent update') < order.indexOf('gtm.js'), order.join());
    assert.deepEqual(gtm.found[1], ['consent', 'update', { analytics_storage: 'granted' }]);
    await page.waitForFunction(() =>
      (window.dataLayer as { event?: string }[]).some((e) => e.event === 'seloste_consent'),
    );
    const event = await page.evaluate(() =>
      (window.dataLayer as { event?: string }[]).find((e) => e.event === 'seloste_consent'),
    );
    assert.deepEqual(event, {
      event: 'seloste_consent',
      seloste: {
        analytics: true,
        marketing: false,
        services: { googleAnalytics: true, googleTagManager: true },
      },
    });
    await context.close();
  });
});

describe('loading', () => {
  for (const [how, tag] of [
    [
      'an async script in the head',
      '<script src="/dist/seloste.js" async data-ga4="G-TEST1234"></script>',
    ],
    [
      'a module script',
      '<script type="module" src="/dist/seloste.mjs" data-ga4="G-TEST1234"></script>',
    ],
  ]) {
    it(`works as ${how}`, async () => {
      const html = shopPage().replace(/<script src="\/dist\/seloste.js" defer><\/script>/, tag);
      assert.ok(html.includes(tag));
      const { page, vendorRequests, messages, context } = await harness.visit(harness.page(html));
      await bannerButton(page, 'Hyväksy kaikki').click();
      await standinsLoaded(page, ['gtag']);
      assert.deepEqual(vendorRequests(), [
        'https://www.googletagmanager.com/gtag/js?id=G-TEST1234',
      ]);
      assert.deepEqual(
        messages.filter((m) => m.includes('[seloste]')),
        [],
      );
      await context.close();
    });
  }

  it('says which file to use when seloste.js is loaded as a module', async () => {
    const tag = '<script type="module" src="/dist/seloste.js" data-ga4="G-TEST1234"></script>';
    const html = shopPage().replace(/<script src="\/dist\/seloste.js" defer><\/script>/, tag);
    const { page, messages, context } = await harness.visit(harness.page(html));
    await page.waitForLoadState('load');
    await quiet();
    assert.deepEqual(
      messages.filter((m) => m.includes('[seloste]')),
      [
        'warning: [seloste] seloste.js must be loaded as a classic script; for type="module" use seloste.mjs.',
      ],
    );
    await context.close();
  });
});

describe('returning visitor', () => {
  it('loads the vendors straight away and shows no banner: the loader and the vendors only', async () => {
    const context = await harness.withConsent(consentCookie(true, true));
    const { page, vendorRequests, widgetRequests } = await harness.visit(
      harness.page(shopPage({ attrs: ALL_VENDORS })),
      { context },
    );
    await standinsLoaded(page, ['gtag', 'fbevents', 'bat']);
    await quiet();
    assert.equal(await page.locator('seloste-banner').count(), 0);
    assert.equal(vendorRequests().length, 3);
    assert.deepEqual(
      widgetRequests().map((path) => path.replace(/\/\w{10}\//, '/<build>/')),
      ['/dist/seloste.js', '/dist/<build>/vendors.js'],
    );
    await context.close();
  });

  it('who refused everything fetches the loader alone', async () => {
    const context = await harness.withConsent(consentCookie(false, false));
    const { page, widgetRequests } = await harness.visit(
      harness.page(shopPage({ attrs: ALL_VENDORS })),
      { context },
    );
    await page.waitForFunction(() => window.seloste?.getConsent());
    await quiet();
    assert.deepEqual(widgetRequests(), ['/dist/seloste.js']);
    await context.close();
  });

  it('is asked again when the site changes its revision', async () => {
    const context = await harness.withConsent(consentCookie(true, true, '1'));
    const { page, vendorRequests } = await harness.visit(
      harness.page(shopPage({ attrs: { ...ALL_VENDORS, revision: '2' } })),
      { context },
    );
    await bannerButton(page, 'Hyväksy kaikki').waitFor();
    await quiet();
    assert.deepEqual(vendorRequests(), []);
    await context.close();
  });
});

describe('withdrawal', () => {
  it('deletes vendor cookies on the host and on the parent domain, then reloads without vendors', async () => {
    const context = await harness.browser.newContext();
    const host = new URL(harness.shopOrigin).hostname;
    await context.addCookies([
      { name: 'seloste_consent', value: consentCookie(true, true), url: harness.shopOrigin },
      // As tags leave them: gtag.js on the registrable domain, older tags on the host.
      { name: '_ga', value: 'GA1.1.1', domain: '.example.test', path: '/' },
      { name: '_ga_OLD123', value: 'GS1.1.1', domain: '.example.test', path: '/' },
      { name: '_gid', value: 'GA1.1.2', domain: host, path: '/' },
      { name: '_gcl_aw', value: '1.1.3', domain: '.example.test', path: '/' },
      { name: '_fbc', value: 'fb.1.1.x', domain: '.shop.example.test', path: '/' },
      { name: '_uetmsclkid', value: '_uet1', domain: host, path: '/' },
      { name: 'cart', value: '3', domain: host, path: '/' },
    ]);
    const path = harness.page(shopPage({ attrs: ALL_VENDORS }));
    const { page, vendorRequests, vendorCookies } = await harness.visit(path, {
      origin: harness.shopOrigin,
      context,
    });
    await standinsLoaded(page, ['gtag', 'fbevents', 'bat']);
    assert.ok(
      (await vendorCookies()).some((c) => c.name === '_ga' && c.domain === '.example.test'),
    );

    // Counted before the withdrawal: the reloaded page's loader starts its requests before `load`.
    const before = vendorRequests().length;
    await page.locator('#settings-link').click();
    const dialog = page.locator('seloste-preferences dialog[open]');
    const reloaded = page.waitForEvent('load');
    await dialog.getByRole('button', { name: 'Hylkää kaikki' }).click();
    await reloaded;
    await page.waitForFunction(() => window.seloste?.getConsent());
    await quiet();

    assert.deepEqual(await vendorCookies(), []);
    assert.deepEqual(
      (await context.cookies()).map((c) => c.name).sort(),
      ['cart', 'seloste_consent'],
      'the site’s own cookies stay',
    );
    assert.equal(vendorRequests().length, before, 'no vendor script after the reload');
    await context.close();
  });

  it('is not defeated by an old consent cookie on another domain', async () => {
    // A host-only "granted" cookie from before the site set data-cookie-domain.
    const context = await harness.withConsent(consentCookie(true, true), harness.shopOrigin);
    const path = harness.page(
      shopPage({ attrs: { ...ALL_VENDORS, cookieDomain: 'example.test' } }),
    );
    const { page, vendorRequests } = await harness.visit(path, {
      origin: harness.shopOrigin,
      context,
    });
    await standinsLoaded(page, ['gtag', 'fbevents', 'bat']);
    const before = vendorRequests().length;
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => window.seloste!.rejectAll());
    await reloaded;
    await page.waitForFunction(() => window.seloste?.getConsent());
    assert.deepEqual(await page.evaluate(() => window.seloste!.getConsent()?.analytics), false);
    const copies = (await context.cookies()).filter((c) => c.name === 'seloste_consent');
    assert.deepEqual(
      copies.map((c) => [c.domain, c.value.slice(0, 12)]),
      [['.example.test', 'v:2|a:0|m:0|']],
    );
    await quiet();
    assert.equal(vendorRequests().length, before, 'no vendor after the reload');
    await context.close();
  });

  it('without the reload, tells every vendor at once', async () => {
    const context = await harness.withConsent(consentCookie(true, true));
    const { page, vendorCookies } = await harness.visit(
      harness.page(shopPage({ attrs: { ...ALL_VENDORS, reloadOnRevoke: 'false' } })),
      { context },
    );
    await standinsLoaded(page, ['gtag', 'fbevents', 'bat']);
    await page.evaluate(() => window.seloste!.rejectAll());
    const state = await page.evaluate(() => {
      const { gtag, fbevents, bat } = window.__standin!.vendors;
      return {
        google: gtag!.consent,
        gaDisabled: (window as unknown as Record<string, unknown>)['ga-disable-G-TEST1234'],
        meta: fbevents!.commands.at(-1),
        uet: bat!.commands.at(-1),
      };
    });
    assert.deepEqual(state.google, DENIED);
    assert.equal(state.gaDisabled, true);
    assert.deepEqual(state.meta, ['consent', 'revoke']);
    assert.deepEqual(state.uet, ['consent', 'update', { ad_storage: 'denied' }]);
    assert.deepEqual(await vendorCookies(), []);
    await context.close();
  });
});

describe('site scripts gated by category', () => {
  it('run once, in order, when their category is granted, with their attributes', async () => {
    const body = `
      <script>window.ran = [];</script>
      <script type="text/plain" data-seloste-category="analytics" src="/e2e-site/a.js" id="first" data-extra="kept"></script>
      <script type="text/plain" data-seloste-category="analytics">window.ran.push('inline analytics');</script>
      <script type="text/plain" data-seloste-category="marketing">window.ran.push('inline marketing');</script>
      <script type="text/plain" data-seloste-category="necessary">window.ran.push('necessary');</script>`;
    const { page, context, messages } = await harness.visit(harness.page(shopPage({ body })));
    await context.route('**/e2e-site/a.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: "window.ran.push('src analytics');" }),
    );
    await page.waitForFunction(() => window.seloste);
    assert.deepEqual(await page.evaluate(() => window.ran), []);

    await page.evaluate(() => window.seloste!.setConsent({ analytics: true }));
    await page.waitForFunction(() => window.ran?.length === 2);
    await page.evaluate(() => window.seloste!.setConsent({ analytics: true }));
    await quiet();
    assert.deepEqual(await page.evaluate(() => window.ran), ['src analytics', 'inline analytics']);
    assert.ok(
      messages.includes(
        'warning: [seloste] <script data-seloste-category="necessary"> never runs: a necessary script needs no gating; drop its type="text/plain".',
      ),
      messages.join('\n'),
    );
    const first = await page.evaluate(() => {
      const script = document.getElementById('first') as HTMLScriptElement;
      return { type: script.type, extra: script.dataset.extra };
    });
    assert.deepEqual(first, { type: '', extra: 'kept' });
    await context.close();
  });
});

describe('footer triggers', () => {
  it('open the settings by keyboard; Escape closes them and focus returns to the link', async () => {
    const context = await harness.withConsent(consentCookie(false, false));
    const { page } = await harness.visit(harness.page(shopPage({ attrs: ALL_VENDORS })), {
      context,
    });
    await page.waitForFunction(() => window.seloste);
    await page.locator('#settings-link').focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('seloste-preferences dialog[open]');
    await dialog.waitFor();
    assert.equal(await dialog.getByRole('switch', { name: 'Markkinointi' }).isChecked(), false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'settings-link');
    await context.close();
  });

  it('work for elements added after the page loaded', async () => {
    const { page, context } = await harness.visit(harness.page(shopPage({ attrs: ALL_VENDORS })));
    await page.waitForFunction(() => window.seloste);
    await page.evaluate(() => {
      const link = Object.assign(document.createElement('button'), {
        id: 'late',
        textContent: 'Evästeet',
      });
      link.dataset.selosteOpen = 'settings';
      document.body.append(link);
    });
    await page.locator('#late').click();
    await page.locator('seloste-preferences dialog[open]').waitFor();
    await context.close();
  });
});

describe('bad input', () => {
  it('a corrupted cookie and bad attributes are named in the console; the widget works', async () => {
    const context = await harness.withConsent('eyJhbGciOi-garbage');
    const { page, messages } = await harness.visit(
      harness.page(
        shopPage({ attrs: { ga4: 'UA-1234-5', metaPixel: '1234567890', lang: 'de', gaId: 'x' } }),
      ),
      { context },
    );
    await bannerButton(page, 'Hyväksy kaikki').click();
    await standinsLoaded(page, ['fbevents']);
    const warnings = messages.filter((m) => m.startsWith('warning: [seloste]'));
    assert.deepEqual(warnings.sort(), [
      'warning: [seloste] data-ga-id ignored: not an attribute of Seloste.',
      'warning: [seloste] data-ga4="UA-1234-5" ignored: expected an id like G-XXXXXXX.',
      'warning: [seloste] data-lang="de" ignored: expected fi | sv | en.',
      'warning: [seloste] the consent cookie "seloste_consent" holds "eyJhbGciOi-garbage", not a decision of Seloste; asking again.',
    ]);
    assert.ok(!messages.some((m) => m.startsWith('pageerror')), messages.join('\n'));
    await context.close();
  });

  it('a blocked vendor script is named; the others still load and the choice is kept', async () => {
    const { page, messages, context } = await harness.visit(
      harness.page(shopPage({ attrs: ALL_VENDORS })),
      {
        block: /googletagmanager/,
      },
    );
    await bannerButton(page, 'Hyväksy kaikki').click();
    await standinsLoaded(page, ['fbevents', 'bat']);
    await page.waitForFunction(() => document.cookie.includes('seloste_consent'));
    assert.ok(
      messages.some((m) =>
        m.includes(
          '[seloste] could not load https://www.googletagmanager.com/gtag/js?id=G-TEST1234',
        ),
      ),
      messages.join('\n'),
    );
    await context.close();
  });
});
