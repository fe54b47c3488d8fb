import type { Theme } from '../core/config.js';

export type Scheme = 'light' | 'dark';

/** An element's background as `[r, g, b, alpha]`; empty unless it is an rgb() colour. */
const background = (el: Element) =>
  /^rgba?\(/.test(getComputedStyle(el).backgroundColor)
    ? getComputedStyle(el)
        .backgroundColor.match(/[\d.]+/g)!
        .map(Number)
    : [];

/**
 * Light or dark, as the page looks: by the background it paints (body, else root), else by its
 * `color-scheme` and, where it allows both, the visitor's preference. A page that declares and
 * paints nothing is light, as browsers show it.
 *
 * @example resolveScheme('auto') // 'dark' on a page with a dark background
 */
export function resolveScheme(theme: Theme): Scheme {
  if (theme !== 'auto') return theme;
  const html = document.documentElement;
  const [r, g, b] = [document.body, html].map(background).find(([, , , a = 1]) => a > 0.5) ?? [];
  if (b !== undefined) return 0.2126 * r! + 0.7152 * g! + 0.0722 * b < 128 ? 'dark' : 'light';
  const declared = getComputedStyle(html).colorScheme;
  return /dark/.test(declared) &&
    (!/light/.test(declared) || matchMedia('(prefers-color-scheme: dark)').matches)
    ? 'dark'
    : 'light';
}
