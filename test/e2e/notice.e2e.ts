/**
 * The privacy notice in the built bundle: opened from the footer link, the banner and a deep
 * link; fetched only when needed; errors shown without harm to the banner.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ALL_VENDORS,
  bannerButton,
  consentCookie,
  noticeShown,
  shopPage,
  startHarness,
  type Harness,
} from './harness.js';

let harness: Harness;
before(async () => (harness = await startHarness()));
after(() => harness.close());

const NOTICE = { ...ALL_VENDORS, notice: '/tietosuojaseloste.json' };
const dialog = 'seloste-notice dialog[open]';

describe('privacy notice', () => {
  it('is neither fetched nor loaded before it is opened; the footer link opens it', async () => {
    const { page, requests, context } = await harness.visit(
      harness.page(shopPage({ attrs: NOTICE })),
    );
    await bannerButton(page, 'Hylkää kaikki').click();
    await page.locator('seloste-banner').waitFor({ state: 'detached' });
    const noticeRequests = () =>
      requests
        .map((r) => r.url())
        .filter((url) => /tietosuojaseloste\.json|\/chunks\/notice\.js/.test(url));
    assert.deepEqual(noticeRequests(), []);

    await page.locator('#notice-link').click();
    const opened = page.locator(dialog);
    await noticeShown(page);
    assert.equal(noticeRequests().length, 2, noticeRequests().join());
    assert.equal(
      await opened.getByRole('heading', { level: 2 }).textContent(),
      'Tietosuojaseloste',
    );
    assert.match(
      (await opened.locator('.choice').textContent()) ?? '',
      /analytiikka ei sallittu, markkinointi ei sallittu/,
    );

    await page.keyboard.press('Escape');
    await opened.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'notice-link');
    await page.locator('#notice-link').click();
    await opened.waitFor();
    assert.equal(noticeRequests().length, 2, 'fetched once');
    await context.close();
  });

  it('opens from the banner, and its settings button opens the preferences on top', async () => {
    const { page, context } = await harness.visit(harness.page(shopPage({ attrs: NOTICE })));
    await page.locator('seloste-banner').getByRole('link', { name: 'Tietosuojaseloste' }).click();
    const opened = page.locator(dialog);
    await opened.getByRole('button', { name: 'Muuta evästeasetuksia' }).click();
    const preferences = page.locator('seloste-preferences dialog[open]');
    await preferences.getByRole('button', { name: 'Hyväksy kaikki' }).click();
    await preferences.waitFor({ state: 'detached' });
    await page.waitForFunction(() => window.seloste?.getConsent()?.marketing);
    assert.match((await opened.locator('.choice').textContent()) ?? '', /markkinointi sallittu/);
    await context.close();
  });

  it('opens from a deep link on page load, in the visitor’s language, and not the page behind', async () => {
    const context = await harness.withConsent(consentCookie(false, false));
    const tall = '<div style="height: 4000px">Långt innehåll</div>';
    const path = harness.page(
      shopPage({ attrs: { ...NOTICE, lang: 'sv' }, lang: 'sv', body: tall }),
    );
    const { page } = await harness.visit(`${path}#dataskyddsbeskrivning`, { context });
    const opened = page.locator(dialog);
    await opened.getByRole('heading', { name: '1. Personuppgiftsansvarig' }).waitFor();
    await page.mouse.move(10, 10);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page behind does not scroll');
    await opened.getByRole('button', { name: 'Stäng' }).click();
    await page.waitForFunction(() => location.hash === '');
    await page.mouse.wheel(0, 600);
    await page.waitForFunction(() => window.scrollY > 0);
    await page.evaluate(() => (location.hash = 'privacy-notice'));
    await opened.waitFor();
    await context.close();
  });

  it('without data-notice, leaves the notice link to the site’s own page', async () => {
    const { page, messages, context } = await harness.visit(
      harness.page(shopPage({ attrs: ALL_VENDORS })),
    );
    await bannerButton(page, 'Hylkää kaikki').click();
    await page.locator('#notice-link').click();
    await page.waitForFunction(() => location.hash === '#tietosuojaseloste');
    assert.equal(await page.locator('seloste-notice').count(), 0);
    await page.evaluate(() => window.seloste!.openNotice());
    assert.ok(
      messages.some((m) => m.includes('[seloste] there is no notice to open')),
      messages.join('\n'),
    );
    await context.close();
  });

  it('prints the notice alone', async () => {
    const { page, context } = await harness.visit(harness.page(shopPage({ attrs: NOTICE })));
    await page.locator('seloste-banner').getByRole('link', { name: 'Tietosuojaseloste' }).click();
    await noticeShown(page);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.body.children]
        .filter((el) => getComputedStyle(el).display !== 'none' && el.localName !== 'script')
        .map((el) => el.localName),
    );
    assert.deepEqual(shown, ['seloste-notice']);
    const body = page.locator('seloste-notice .body');
    assert.equal(await body.evaluate((el) => getComputedStyle(el).overflow), 'visible');
    await context.close();
  });

  for (const [what, url, body, message] of [
    ['a missing notice', '/no-such-notice.json', undefined, 'Tietosuojaselostetta ei löytynyt.'],
    ['broken JSON', '/broken-notice.json', '{ "version": 1, ', 'Tietosuojaselosteessa on virhe'],
  ] as const) {
    it(`shows ${what} without harm to the banner, and names it in the console`, async () => {
      const context = await harness.browser.newContext();
      if (body)
        await context.route(`**${url}`, (route) =>
          route.fulfill({ contentType: 'application/json', body }),
        );
      const { page, messages } = await harness.visit(
        harness.page(shopPage({ attrs: { ...ALL_VENDORS, notice: url } })),
        { context },
      );
      await page.locator('seloste-banner').getByRole('link', { name: 'Tietosuojaseloste' }).click();
      await page.locator(dialog).getByRole('alert').getByText(message).waitFor();
      assert.ok(
        messages.some((m) => m.startsWith(`warning: [seloste] the notice ${url}`)),
        messages.join('\n'),
      );
      await page.keyboard.press('Escape');
      await bannerButton(page, 'Hyväksy kaikki').click();
      await page.waitForFunction(() => window.seloste?.getConsent()?.analytics);
      await context.close();
    });
  }

  it('is fetched and built when the pointer reaches the footer link, and shown at the click', async () => {
    const { page, requests, context } = await harness.visit(
      harness.page(shopPage({ attrs: NOTICE })),
    );
    await bannerButton(page, 'Hyväksy kaikki').waitFor();
    const fetched = () => requests.some((r) => r.url().endsWith('/tietosuojaseloste.json'));
    assert.equal(fetched(), false);
    await page.locator('#notice-link').hover();
    await page.waitForFunction(() =>
      document.querySelector('seloste-notice')?.shadowRoot?.querySelector('section'),
    );
    assert.equal(fetched(), true);
    assert.equal(await page.locator(dialog).count(), 0, 'not shown before the click');
    await page.locator('#notice-link').click();
    await noticeShown(page);
    await context.close();
  });
});
