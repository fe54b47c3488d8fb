/**
 * WCAG 2.2 AA on the built bundle: axe in every visible state, a keyboard-only journey,
 * focus and the spoken confirmation after every decision, the notice's retry, reflow at
 * 320 px, reduced motion, forced colours, target sizes and equal prominence of Accept and
 * Reject. See docs/accessibility.md; reflow.e2e.ts has zoom, text spacing and the Tab walk
 * past the banner.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axe, focused, focusSeen, tabTo } from './a11y.js';
import {
  ALL_VENDORS,
  bannerButton,
  bannerStyle,
  noticeShown,
  openNotice,
  shopPage,
  startHarness,
  type Harness,
} from './harness.js';

let harness: Harness;
before(async () => (harness = await startHarness()));
after(() => harness.close());

const ATTRS = { ...ALL_VENDORS, notice: '/tietosuojaseloste.json' };

/** Waits until the live region says `text`. */
const said = (page: Page, text: string) =>
  page.waitForFunction(
    (text) => document.querySelector('body > [role="status"]')?.textContent === text,
    text,
  );

/** Focus is on a control of the page (not <body>, not the widget), and it can be seen. */
async function inThePage(page: Page, when: string) {
  const seen = await focusSeen(page);
  assert.ok(seen?.inSight && !seen.name.startsWith('seloste'), `${when}: ${JSON.stringify(seen)}`);
}

describe('accessibility of the built widget', () => {
  for (const [layout, theme] of [
    ['bar', 'light'],
    ['box-left', 'dark'],
    ['box-right', 'light'],
    ['center', 'dark'],
  ]) {
    it(`axe finds nothing in the banner (${layout}, ${theme}), settings and notice`, async () => {
      const { page, context } = await harness.visit(
        harness.page(shopPage({ attrs: { ...ATTRS, layout, theme } })),
      );
      await bannerButton(page, 'Hyväksy kaikki').waitFor();
      // The entry animation ends before axe checks the colours.
      await page
        .locator('seloste-banner')
        .evaluate((el) => Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished)));
      await axe(page, `banner ${layout} ${theme}`);
      await bannerButton(page, 'Asetukset').click();
      const preferences = page.locator('seloste-preferences dialog[open]');
      await preferences.waitFor();
      await preferences.evaluate((dialog) =>
        dialog.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      await axe(page, `preferences ${theme}`);
      await page.keyboard.press('Escape');
      await openNotice(page);
      await axe(page, `notice ${theme}`);
      await context.close();
    });
  }

  it('a keyboard alone does it all, and focus never falls behind a dialog', async () => {
    const { page, context } = await harness.visit(harness.page(shopPage({ attrs: ATTRS })));
    await bannerButton(page, 'Hylkää kaikki').waitFor();
    assert.equal(await focused(page), 'body', 'nothing takes focus on load');

    // The banner comes first; Reject is reached by Tab and pressed with Enter.
    await tabTo(page, /^seloste-banner button Hylkää kaikki$/);
    await page.keyboard.press('Enter');
    await page.locator('seloste-banner').waitFor({ state: 'detached' });
    await page.waitForFunction(() => window.seloste?.getConsent());

    // The footer link opens the settings; Tab stays inside; a switch is toggled with Space.
    await tabTo(page, /^a#settings-link/);
    await page.keyboard.press('Enter');
    await page.locator('seloste-preferences dialog[open]').waitFor();
    const inside = await tabTo(page, /seloste-preferences input#s-analytics/);
    assert.ok(
      inside.every((step) => step.startsWith('seloste-preferences') || step === 'body'),
      inside.join(' → '),
    );
    await page.keyboard.press('Space');
    const path = await tabTo(page, /seloste-preferences button Tallenna valinnat/);
    assert.ok(
      path.every((step) => step.startsWith('seloste-preferences') || step === 'body'),
      path.join(' → '),
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.seloste?.getConsent()?.analytics === true);
    assert.match(await focused(page), /^a#settings-link/, 'focus is back on the link');

    // The notice: opened, read through its contents, closed with Escape.
    await tabTo(page, /^a#notice-link/);
    await page.keyboard.press('Enter');
    await noticeShown(page);
    const contents = await tabTo(page, /seloste-notice a Tietojen säilytysaika/);
    assert.ok(
      contents.every((step) => step.startsWith('seloste-notice') || step === 'body'),
      contents.join(' → '),
    );
    await page.keyboard.press('Enter');
    assert.match(await focused(page), /seloste-notice h3#s-retention/);
    await page.keyboard.press('Escape');
    await page.locator('seloste-notice dialog[open]').waitFor({ state: 'detached' });
    assert.match(await focused(page), /^a#notice-link/);
    await context.close();
  });

  it('after a keyboard Reject or Accept, focus goes on into the page, in sight, and the choice is said', async () => {
    const { page, context } = await harness.visit(harness.page(shopPage({ attrs: ATTRS })));
    await tabTo(page, /^seloste-banner button Hylkää kaikki$/);
    await page.keyboard.press('Enter');
    await said(page, 'Valintasi on tallennettu: vain välttämättömät evästeet.');
    await inThePage(page, 'after Reject');

    // Asked again: Accept, reached backwards from the page.
    await page.evaluate(() => window.seloste!.reset());
    await tabTo(page, /^seloste-banner button Hyväksy kaikki$/, 6, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await said(page, 'Valintasi on tallennettu: kaikki evästeet sallittu.');
    await inThePage(page, 'after Accept');
    await context.close();
  });

  it('saving settings opened from the banner: focus in sight and the choice said; a withdrawal warns of the reload, then says what was saved', async () => {
    const { page, context } = await harness.visit(harness.page(shopPage({ attrs: ATTRS })));
    await tabTo(page, /^seloste-banner button Asetukset$/);
    await page.keyboard.press('Enter');
    const dialog = page.locator('seloste-preferences dialog[open]');
    await dialog.waitFor();
    await tabTo(page, /seloste-preferences input#s-analytics/);
    await page.keyboard.press('Space');
    await tabTo(page, /seloste-preferences button Tallenna valinnat/);
    await page.keyboard.press('Enter');
    await said(page, 'Valintasi on tallennettu: välttämättömät ja analytiikkaevästeet.');
    await inThePage(page, 'after Save');

    // Withdrawing analytics: the dialog says the page will reload, before Save.
    await tabTo(page, /^a#settings-link/);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    const note = dialog.locator('#reload');
    assert.equal(await note.getAttribute('role'), 'status');
    assert.equal(await note.textContent(), '');
    await tabTo(page, /seloste-preferences input#s-analytics/);
    await page.keyboard.press('Space');
    assert.match((await note.textContent())!, /^Kun tallennat, sivu ladataan uudelleen/);
    const save = dialog.getByRole('button', { name: 'Tallenna valinnat' });
    assert.equal(await save.getAttribute('aria-describedby'), 'reload');
    await axe(page, 'settings, warning of the reload');
    await tabTo(page, /seloste-preferences button Tallenna valinnat/);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    // After the reload: what was saved is said, and focus is back on the settings link.
    await said(page, 'Valintasi on tallennettu: vain välttämättömät evästeet.');
    assert.match(await focused(page), /^a#settings-link/);
    assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'the flag is gone');
    await context.close();
  });

  it('the notice starts on its text, Retry keeps focus in the dialog and says it loaded, and focus comes back in sight', async () => {
    const context = await harness.browser.newContext();
    let failures = 1;
    await context.route('**/tietosuojaseloste.json', (route) =>
      failures-- > 0 ? route.fulfill({ status: 503 }) : route.continue(),
    );
    const { page } = await harness.visit(harness.page(shopPage({ attrs: ATTRS })), { context });
    await page.evaluate(() => window.seloste!.rejectAll());
    await tabTo(page, /^a#notice-link/);
    await page.keyboard.press('Enter');
    const dialog = page.locator('seloste-notice dialog[open]');
    const retry = dialog.getByRole('button', { name: 'Yritä uudelleen' });
    await retry.waitFor();
    assert.match(await focused(page), /^seloste-notice div/, 'focus starts on the body');
    await axe(page, 'notice, failed to load');
    await tabTo(page, /seloste-notice button Yritä uudelleen/, 3);
    await page.keyboard.press('Enter');
    await noticeShown(page);
    assert.match(await focused(page), /^seloste-notice div/, 'focus stayed in the dialog');
    assert.equal(await dialog.getByRole('status').textContent(), 'Tietosuojaseloste on ladattu.');
    // The keys that scroll act on the text at once.
    const scrolled = () => dialog.locator('.body').evaluate((body) => body.scrollTop);
    assert.equal(await scrolled(), 0);
    await page.keyboard.press('PageDown');
    await page.waitForFunction(
      () =>
        document.querySelector('seloste-notice')!.shadowRoot!.querySelector('.body')!.scrollTop > 0,
    );
    await page.keyboard.press('Shift+Tab');
    assert.match(await focused(page), /^seloste-notice button Sulje/, 'Close comes first');
    await page.keyboard.press('Escape');
    assert.match(await focused(page), /^a#notice-link/, 'back on the link that opened it');

    // Opened by a deep link there is no control to go back to: focus goes into the page.
    await page.evaluate(() => (location.hash = 'tietosuojaseloste'));
    await noticeShown(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await inThePage(page, 'after the deep-linked notice');
    await context.close();
  });

  it('the banner does not trap focus: Tab goes on into the page', async () => {
    const { page, context } = await harness.visit(harness.page(shopPage({ attrs: ATTRS })));
    await bannerButton(page, 'Asetukset').waitFor();
    const path = await tabTo(page, /button#page-button/);
    assert.ok(
      path.some((step) => step.startsWith('seloste-banner')),
      path.join(' → '),
    );
    await context.close();
  });

  // 320 px wide (400 % zoom) is tested in every language, with text spacing, in reflow.e2e.ts.
  for (const [width, height] of [[640, 400]]) {
    it(`reflows without horizontal scrolling at ${width}×${height} (200% zoom)`, async () => {
      const context = await harness.browser.newContext({ viewport: { width, height } });
      const { page } = await harness.visit(harness.page(shopPage({ attrs: ATTRS })), { context });
      await bannerButton(page, 'Hyväksy kaikki').waitFor();
      const overflow = (selector: string) =>
        page.locator(selector).evaluate((el) => {
          const box = el.shadowRoot!.querySelector('section, dialog .body')!;
          return box.scrollWidth - box.clientWidth;
        });
      assert.equal(await overflow('seloste-banner'), 0, 'banner');
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
        'page',
      );
      await bannerButton(page, 'Asetukset').click();
      await page.locator('seloste-preferences dialog[open]').waitFor();
      assert.equal(await overflow('seloste-preferences'), 0, 'preferences');
      await page.keyboard.press('Escape');
      await openNotice(page);
      assert.equal(await overflow('seloste-notice'), 0, 'notice');
      await context.close();
    });
  }

  it('gives every control a target of at least 24 × 24 px and a visible focus indicator', async () => {
    const { page, context } = await harness.visit(harness.page(shopPage({ attrs: ATTRS })));
    await bannerButton(page, 'Asetukset').click();
    await page.locator('seloste-preferences dialog[open]').waitFor();
    const small = await page.evaluate(() =>
      ['seloste-banner', 'seloste-preferences'].flatMap((tag) =>
        [...document.querySelector(tag)!.shadowRoot!.querySelectorAll('button, input, summary')]
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(
            ({ el, box }) =>
              `${tag} ${el.localName} ${Math.round(box.width)}×${Math.round(box.height)}`,
          ),
      ),
    );
    assert.deepEqual(small, []);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const style = getComputedStyle(el!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    assert.equal(outline.style, 'solid');
    assert.ok(outline.width >= 2, `focus outline ${outline.width}px`);
    await context.close();
  });

  it('Reject is as easy to see and to press as Accept, in every layout', async () => {
    for (const layout of ['bar', 'box-left', 'box-right', 'center']) {
      const { page, context } = await harness.visit(
        harness.page(shopPage({ attrs: { ...ATTRS, layout } })),
      );
      await bannerButton(page, 'Hyväksy kaikki').waitFor();
      const look = (name: string) =>
        bannerButton(page, name).evaluate((b) => {
          const s = getComputedStyle(b);
          const box = b.getBoundingClientRect();
          return [
            s.backgroundColor,
            s.color,
            s.borderColor,
            s.fontSize,
            s.fontWeight,
            Math.round(box.height),
          ];
        });
      assert.deepEqual(await look('Hylkää kaikki'), await look('Hyväksy kaikki'), layout);
      await context.close();
    }
  });

  it('respects reduced motion and forced colours', async () => {
    const context = await harness.browser.newContext({
      reducedMotion: 'reduce',
      forcedColors: 'active',
    });
    const { page } = await harness.visit(harness.page(shopPage({ attrs: ATTRS })), { context });
    await bannerButton(page, 'Asetukset').waitFor();
    assert.deepEqual(await bannerStyle(page, ['animation-name', 'border-top-style']), {
      'animation-name': 'none',
      'border-top-style': 'solid',
    });
    await bannerButton(page, 'Asetukset').click();
    const dialog = page.locator('seloste-preferences dialog[open]');
    await dialog.getByRole('switch', { name: 'Analytiikka' }).check();
    const colours = await page.locator('seloste-preferences').evaluate((el) => {
      const on = el.shadowRoot!.querySelector('#s-analytics')!;
      const off = el.shadowRoot!.querySelector('#s-marketing')!;
      return [getComputedStyle(on).backgroundColor, getComputedStyle(off).backgroundColor];
    });
    assert.notEqual(colours[0], colours[1], 'a switch shows its state in forced colours');
    await context.close();
  });
});
