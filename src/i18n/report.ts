import type { Lang } from '../core/types.js';
import type { TextOverrides, Texts } from './texts.js';

/**
 * Tells the site owner which overrides for `lang` Seloste cannot use: keys it has no text for,
 * and values that are not strings. Run once the full set of texts is at hand (the dialogs').
 */
export function reportTextOverrides(
  texts: Texts,
  lang: Lang,
  overrides: TextOverrides | undefined,
  warn: (message: string) => void,
): void {
  const check = (target: Record<string, unknown>, source: unknown, path: string) => {
    if (!source || typeof source !== 'object') return;
    for (const [key, value] of Object.entries(source)) {
      const where = `${path}.${key}`;
      // Own keys only: `__proto__` or `constructor` in the JSON name no text of Seloste's.
      if (!Object.hasOwn(target, key)) warn(`text ${where} ignored: Seloste has no such text.`);
      else if (typeof target[key] === 'object')
        check(target[key] as Record<string, unknown>, value, where);
      else if (typeof value !== 'string') warn(`text ${where} ignored: it must be a string.`);
      else if (!value.trim()) warn(`text ${where} ignored: it is empty.`);
    }
  };
  check(texts as unknown as Record<string, unknown>, overrides?.[lang], lang);
}
