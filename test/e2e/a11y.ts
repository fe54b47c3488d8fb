/**
 * Helpers of the accessibility tests: axe, the focused element through shadow roots, Tab
 * walks, what a point on the screen shows, and the WCAG 1.4.12 text-spacing override.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe's WCAG A and AA rules (2.0 to 2.2) on the widget's elements, shadow roots included. */
export async function axe(page: Page, state: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const include = ['seloste-banner', 'seloste-preferences', 'seloste-notice']
      .filter((tag) => document.querySelector(tag))
      .map((tag) => [tag]);
    const { violations } = await (
      window as unknown as {
        axe: {
          run(
            context: object,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe.run({ include }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
  assert.deepEqual(violations, [], `axe, ${state}`);
}

/** The focused element through shadow roots, described for assertions. */
export const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return 'body';
    const host = (el.getRootNode() as ShadowRoot).host;
    return `${host ? host.localName + ' ' : ''}${el?.localName}${el?.id ? '#' + el.id : ''} ${(
      el?.getAttribute('aria-label') ??
      el?.textContent ??
      ''
    )
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 40)}`.trim();
  });

/** Presses Tab (or `key`) until the focused element matches, failing after `limit` presses. */
export async function tabTo(page: Page, pattern: RegExp, limit = 40, key = 'Tab') {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    seen.push(now);
    if (pattern.test(now)) return seen;
  }
  throw new Error(`${key} never reached ${pattern}: ${seen.join(' → ')}`);
}

/**
 * Where the focused element is, and whether it can be seen: on the screen, and what the
 * screen shows at the middle of its visible part is the element itself (looking through
 * shadow roots), not the banner or a dialog's fixed parts over it. `null` when focus is on
 * `<body>`.
 */
export const focusSeen = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    // A link that wraps is hit-tested on its first line: its box's middle may be a gap.
    const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const left = Math.max(box.left, 0);
    const right = Math.min(box.right, innerWidth);
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, innerHeight);
    const x = (left + right) / 2;
    const y = (top + bottom) / 2;
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    const host = (el.getRootNode() as ShadowRoot).host;
    const name = `${host ? host.localName + ' ' : ''}${el.localName} ${(el.textContent ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 30)}`;
    return {
      name,
      onScreen: right > left && bottom > top,
      inSight: right > left && bottom > top && !!hit && (hit === el || el.contains(hit)),
      over: hit && hit !== el && !el.contains(hit) ? hit.localName : '',
    };
  });

/** The WCAG 1.4.12 override: the spacing a reader may set, which must lose nothing. */
export const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/**
 * Applies `TEXT_SPACING` to the page and to every shadow root of the widget now there (page
 * rules do not reach into shadow roots); call again after a dialog is first made.
 */
export const spaceText = (page: Page) =>
  page.evaluate((css) => {
    const w = window as unknown as { __spacing?: CSSStyleSheet };
    if (!w.__spacing) {
      w.__spacing = new CSSStyleSheet();
      w.__spacing.replaceSync(css);
    }
    const spacing = w.__spacing;
    const hosts = document.querySelectorAll('seloste-banner, seloste-preferences, seloste-notice');
    for (const root of [document, ...[...hosts].map((el) => el.shadowRoot!)]) {
      if (!root.adoptedStyleSheets.includes(spacing))
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
    }
  }, TEXT_SPACING);
