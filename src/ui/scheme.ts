import type { Theme } from '../core/config.js';

export type Scheme = 'light' | 'dark';

/**
 * Whether a computed background colour is dark: `undefined` when it is (nearly) transparent or
 * of a syntax not read here. rgb() (how browsers give most colours) by its luma; oklch() and
 * oklab() (e.g. Tailwind 4), lab() and lch() by their lightness.
 */
function isDark(color: string): boolean | undefined {
  const [kind = '', x = 0, y = 0, z = 0, alpha = 1] = color.match(/^\w+|[\d.]+/g) ?? [];
  if (+alpha < 0.5) return undefined;
  if (kind.startsWith('rgb')) return 0.2126 * +x + 0.7152 * +y + 0.0722 * +z < 128;
  if (kind.startsWith('ok')) return +x < 0.6;
  if (/^l(ab|ch)$/.test(kind)) return +x < 60;
  return undefined;
}

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
  const dark = [document.body, root]
    .map((el) => isDark(getComputedStyle(el).backgroundColor))
    .find((found) => found !== undefined);
  if (dark !== undefined) return dark ? 'dark' : 'light';
  const declared = getComputedStyle(root).colorScheme;
  return /dark/.test(declared) &&
    (!/light/.test(declared) || matchMedia('(prefers-color-scheme: dark)').matches)
    ? 'dark'
    : 'light';
}
