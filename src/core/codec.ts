import type { ConsentRecord } from './types.js';

/**
 * The consent cookie's value: `key:value` fields joined by `|`, e.g.
 * `v:2|a:1|m:1|s:googleAnalytics.!googleAds.hotjar|t:mfz3k2c0|id:q3Jx…|r:2026-11`.
 *
 * - `v` format version: `2` is written, `1` (the same without `s`) still read; a value this code
 *   does not know is "no decision".
 * - `a`, `m` analytics and marketing, `1` granted or `0` refused.
 * - `s` the services the visitor was offered, `.`-separated, a refused one marked `!`; absent
 *   in version 1, where every service follows its category.
 * - `t` decision time, milliseconds since the epoch in base 36.
 * - `id` the random consent id; `r` the configuration revision, URI-encoded.
 *
 * Fields it does not know are ignored, so a later addition within a version stays readable.
 */
export const FORMAT_VERSION = '2';

export const encodeRecord = ({ categories, updatedAt, id, revision }: ConsentRecord): string =>
  [
    'v:' + FORMAT_VERSION,
    'a:' + +categories.analytics,
    'm:' + +categories.marketing,
    's:' +
      Object.entries(categories.services ?? {})
        .map(([service, on]) => (on ? '' : '!') + service)
        .join('.'),
    't:' + updatedAt.toString(36),
    'id:' + id,
    'r:' + encodeURIComponent(revision),
  ].join('|');

/**
 * Reads a value written by `encodeRecord` (or by version 1); anything else (another tool's
 * cookie of the same name, a truncated or edited value, an unknown version) is `undefined`.
 * Never throws.
 */
export function decodeRecord(raw: string): ConsentRecord | undefined {
  const fields: Record<string, string> = {};
  for (const part of raw.split('|')) {
    const [key, ...value] = part.split(':');
    fields[key!] = value.join(':');
  }
  const { v, a, m, s = '', t = '', id = '', r = '' } = fields;
  const updatedAt = parseInt(t, 36);
  let revision;
  try {
    revision = decodeURIComponent(r);
  } catch {
    return undefined;
  }
  return /^[12]$/.test(v!) &&
    /^[01]{2}$/.test(a! + m) &&
    // Loose (a key is only ever looked up, never trusted): the loader carries this code.
    /^[\w.!-]*$/.test(s) &&
    /^[0-9a-z]{1,11}$/.test(t) &&
    /^[\w-]{8,64}$/.test(id)
    ? {
        categories: {
          analytics: a === '1',
          marketing: m === '1',
          services: Object.fromEntries(
            s ? s.split('.').map((service) => [service.replace('!', ''), service[0] != '!']) : [],
          ),
        },
        updatedAt,
        id,
        revision,
      }
    : undefined;
}
