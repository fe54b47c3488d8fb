import type { Lang } from '../core/types.js';
import type { TextOverrides } from './texts.js';

/**
 * `base` with the site owner's overrides for `lang` on top, for the keys `base` has. With
 * `report`, override keys that are not texts of Seloste, and values that are not strings,
 * are reported through `warn` (the banner resolves its few keys silently; the full set is
 * checked once the dialog texts are at hand).
 *
 * @example
 * resolveTexts(fiBanner, 'fi', { fi: { bannerTitle: 'Evästeet' } }, console.warn)
 */
export function resolveTexts<T extends object>(
  base: T,
  lang: Lang,
  overrides: TextOverrides | undefined,
  warn: (message: string) => void,
  report = false,
): T {
  const merge = (target: Record<string, unknown>, source: unknown, path: string) => {
    const result = { ...target };
    for (const [key, value] of Object.entries(source ?? {})) {
      const where = `${path}.${key}`;
      if (typeof target[key] === 'object') {
        result[key] = merge(target[key] as Record<string, unknown>, value, where);
      } else if (!(key in target)) {
        if (report) warn(`text ${where} ignored: Seloste has no such text.`);
      } else if (typeof value === 'string') {
        result[key] = value;
      } else if (report) {
        warn(`text ${where} ignored: it must be a string.`);
      }
    }
    return result;
  };
  return merge(base as Record<string, unknown>, overrides?.[lang], lang) as T;
}

/**
 * The site owner's text overrides, from `<script type="application/json" data-seloste-texts>`.
 * Broken JSON is reported and ignored.
 */
export function readTextOverrides(
  root: ParentNode,
  warn: (message: string) => void,
): TextOverrides | undefined {
  const block = root.querySelector('script[type="application/json"][data-seloste-texts]');
  if (!block) return undefined;
  try {
    const overrides: unknown = JSON.parse(block.textContent ?? '');
    if (overrides && typeof overrides === 'object') return overrides as TextOverrides;
  } catch (error) {
    warn(`<script data-seloste-texts> ignored: not valid JSON (${error}).`);
    return undefined;
  }
  warn(
    '<script data-seloste-texts> ignored: expected an object like {"fi": {"bannerTitle": "…"}}.',
  );
  return undefined;
}
