import type { TextOverrides, Texts } from './texts.js';

/** The non-empty string values of `over` for keys that `base` has (as its own) as strings. */
const strings = (base: object, over: unknown) =>
  Object.fromEntries(
    Object.entries(over && typeof over === 'object' ? over : {}).filter(
      ([key, value]) =>
        typeof value === 'string' &&
        value.trim() !== '' &&
        Object.hasOwn(base, key) &&
        typeof (base as Record<string, unknown>)[key] === 'string',
    ),
  );

/**
 * `base` with the site owner's overrides on top, for the keys `base` has: its strings, and the
 * vendor purposes. Anything else is left out here (`reportTextOverrides` explains it).
 *
 * @example
 * resolveTexts(fiBanner, { bannerTitle: 'Evästeet' }).bannerTitle // 'Evästeet'
 */
export function resolveTexts<T extends object>(base: T, overrides: Partial<Texts> = {}): T {
  const texts = { ...base, ...strings(base, overrides) };
  if ('purposes' in base) {
    const purposes = base.purposes as object;
    Object.assign(texts, { purposes: { ...purposes, ...strings(purposes, overrides.purposes) } });
  }
  return texts;
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
