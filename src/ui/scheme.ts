import type { Theme } from '../core/config.js';

export type Scheme = 'light' | 'dark';

/**
 * Light or dark, as the page looks: by the background it paints (body, else root), else by its
 * `color-scheme` and, where it allows both, the visitor's preference. A page that declares and
 * paints nothing is light, as browsers show it.
 *
 * @example resolveScheme('auto') // 'dark' on a page with a dark background
 */
export function resolveScheme(theme: Theme): Scheme {
  if (theme !== 'auto') return theme;
  const root = document.documentElement;
  for (const el of [document.body, root]) {
    const [r, g, b, alpha = 1] =
      getComputedStyle(el)
        .backgroundColor.match(/[\d.]+/g)
        ?.map(Number) ?? [];
    if (alpha > 0.5 && b !== undefined)
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  const declared = getComputedStyle(root).colorScheme;
  return /dark/.test(declared) &&
    (!/light/.test(declared) || matchMedia('(prefers-color-scheme: dark)').matches)
    ? 'dark'
    : 'light';
}
