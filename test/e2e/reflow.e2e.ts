/**
 * What axe cannot see, on the built bundle: no focused control of the page is ever hidden
 * behind the banner (WCAG 2.2 2.4.11), and at 400 % zoom (320 × 200 CSS px), on a small phone
 * (320 × 568) and with the WCAG 1.4.12 text spacing, in fi, sv and en, every control of the
 * banner and of both dialogs can be focused and seen, and nothing scrolls sideways; on phones
 * (320 × 568, 390 × 844) the bar takes at most half of the screen.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { focusSeen, spaceText } from './a11y.js';
import { ALL_VENDORS, addInitScript, shopPage, startHarness, type Harness } from './harness.js';

let harness: Harness;
before(async () => (harness = await startHarness()));
after(() => harness.close());

const ATTRS = { ...ALL_VENDORS, notice: '/tietosuojaseloste.json' };

/** Sums the page's layout shifts, as CLS counts them, into `window.__shift`. */
function watchShifts() {
  const w = window as unknown as { __shift: number };
  w.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
      w.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * What is wrong with the widget's `tag` as it is shown: every box in it that scrolls or clips
 * sideways (the notice's table region may: a data table is exempt from reflow, and it scrolls
 * in a region of its own; text that is heard, not seen, is clipped on purpose); a dialog
 * whose fixed parts leave a slit (under a third of it) for the text; banner buttons out of
 * sight before anything is scrolled; and, focusing one by one every control Tab reaches,
 * those that cannot take focus or cannot be seen once focused.
 */
const problems = (page: Page, tag: string) =>
  page.locator(tag).evaluate((host) => {
    const found: string[] = [];
    const root = host.shadowRoot!;
    const name = (el: Element) =>
      `${el.localName}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const { overflowX } = getComputedStyle(el);
      if (
        overflowX !== 'visible' &&
        el.scrollWidth > el.clientWidth + 1 &&
        !el.matches('.table, .sr')
      )
        found.push(`${name(el)} scrolls sideways by ${el.scrollWidth - el.clientWidth}px`);
    }
    // A dialog whose fixed parts leave a slit of text to scroll is no use at 400 %.
    const dialog = root.querySelector('dialog');
    const body = root.querySelector('.body');
    if (
      dialog &&
      body &&
      body.scrollHeight > body.clientHeight + 1 &&
      body.clientHeight < dialog.clientHeight / 3
    )
      found.push(`the text scrolls in ${body.clientHeight} of ${dialog.clientHeight}px`);
    // The banner's buttons show without scrolling.
    for (const button of root.querySelectorAll('section .actions > button')) {
      const { top, bottom } = button.getBoundingClientRect();
      if (top < 0 || bottom > innerHeight) found.push(`${name(button)} is out of sight`);
    }
    const controls = root.querySelectorAll<HTMLElement>(
      'a[href], button, input, summary, [tabindex="0"]',
    );
    for (const el of controls) {
      if (el.closest('dialog:not([open])') || (el as HTMLButtonElement).disabled) continue;
      el.focus();
      if (!el.matches(':focus')) {
        found.push(`${name(el)} takes no focus`);
        continue;
      }
      // A link that wraps is hit-tested on its first line: its box's middle may be a gap.
      const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const x = (Math.max(box.left, 0) + Math.min(box.right, innerWidth)) / 2;
      const y = (Math.max(box.top, 0) + Math.min(box.bottom, innerHeight)) / 2;
      const hit = root.elementFromPoint(x, y);
      const whole = el.getBoundingClientRect();
      if (whole.left < 0 || whole.right > innerWidth + 1) found.push(`${name(el)} is cut off`);
      else if (!hit || (hit !== el && !el.contains(hit)))
        found.push(`${name(el)} is behind ${hit ? name(hit) : 'nothing'} when focused`);
    }
    if (document.documentElement.scrollWidth > innerWidth) found.push('the page scrolls sideways');
    return found;
  });

/** Opens the settings (all their details open) or the notice, and returns its problems. */
async function dialogProblems(page: Page, target: 'settings' | 'notice', spacing: boolean) {
  const tag = target === 'settings' ? 'seloste-preferences' : 'seloste-notice';
  await page.evaluate((target) => {
    void (target === 'settings' ? window.seloste!.openSettings() : window.seloste!.openNotice());
  }, target);
  const dialog = page.locator(`${tag} dialog[open]`);
  await dialog.waitFor();
  if (target === 'notice') await dialog.locator('h3[id^="s-"]').first().waitFor();
  await dialog.evaluate((d) => d.querySelectorAll('details').forEach((el) => (el.open = true)));
  if (spacing) await spaceText(page);
  const found = await problems(page, tag);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return found.map((problem) => `${target}: ${problem}`);
}

describe('reflow, zoom and the banner over the page', () => {
  for (const [layout, width, height] of [
    ['bar', 1280, 800],
    ['box-left', 1280, 800],
    ['box-right', 1280, 800],
    ['bar', 320, 568],
  ] as const) {
    it(`no control of the demo shop is hidden behind the banner when Tab reaches it (${layout}, ${width}×${height})`, async () => {
      const context = await harness.browser.newContext({ viewport: { width, height } });
      await addInitScript(context, watchShifts);
      const { page } = await harness.visit(`/?layout=${layout}`, { context });
      const banner = page.locator('seloste-banner');
      await banner.getByRole('button').first().waitFor();
      const covered: string[] = [];
      const walked: string[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const seen = await focusSeen(page);
        if (!seen) break;
        if (walked.includes(seen.name) && seen.name.startsWith('seloste-banner')) break;
        walked.push(seen.name);
        if (!seen.inSight) covered.push(`${seen.name} (under ${seen.over})`);
      }
      assert.ok(walked.length >= 19, `walked ${walked.length}: ${walked.join(' → ')}`);
      assert.deepEqual(covered, []);
      assert.equal(await page.evaluate(() => (window as never as { __shift: number }).__shift), 0);
      await context.close();
    });
  }

  for (const lang of ['fi', 'sv', 'en']) {
    it(`every control can be focused and seen, nothing scrolls sideways, the bar takes at most half of a phone: 320×200, 320×568, 390×844 and text spacing (${lang})`, async () => {
      const context = await harness.browser.newContext({ viewport: { width: 320, height: 200 } });
      const { page } = await harness.visit(harness.page(shopPage({ attrs: { ...ATTRS, lang } })), {
        context,
      });
      await page.locator('seloste-banner').getByRole('button').first().waitFor();
      const found: string[] = [];
      const share = () =>
        page
          .locator('seloste-banner')
          .evaluate(
            (el) =>
              el.shadowRoot!.querySelector('section')!.getBoundingClientRect().height / innerHeight,
          );
      for (const [width, height, spacing] of [
        [320, 200, false],
        [320, 568, false],
        [390, 844, false],
        [320, 568, true],
        [390, 844, true],
      ] as const) {
        await page.setViewportSize({ width, height });
        if (spacing) await spaceText(page);
        const state = `${width}×${height}${spacing ? ' spaced' : ''}`;
        // With text spacing on the smallest phone the bar may take more (the text is longer).
        const most = height > 200 && !(spacing && width === 320) ? 0.5 : 1;
        const taken = await share();
        if (taken > most) found.push(`${state} the bar takes ${Math.round(taken * 100)}%`);
        if (width === 390) continue;
        for (const problem of [
          ...(await problems(page, 'seloste-banner')).map((problem) => `banner: ${problem}`),
          ...(await dialogProblems(page, 'settings', spacing)),
          ...(await dialogProblems(page, 'notice', spacing)),
        ])
          found.push(`${state} ${problem}`);
      }
      assert.deepEqual(found, []);
      await context.close();
    });
  }
});
