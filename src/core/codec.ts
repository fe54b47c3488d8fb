import type { ConsentRecord } from './types.js';

/**
 * The consent cookie's value, format version 1: `key:value` fields joined by `|`, e.g.
 * `v:1|a:1|m:0|t:mfz3k2c0|id:q3Jx…|r:2026-11`.
 *
 * - `v` format version; a value this code does not know is "no decision".
 * - `a`, `m` analytics and marketing, `1` granted or `0` refused.
 * - `t` decision time, milliseconds since the epoch in base 36.
 * - `id` the random consent id; `r` the configuration revision, URI-encoded.
 *
 * Fields it does not know are ignored, so a later addition within version 1 stays readable.
 */
export const FORMAT_VERSION = '1';

export const encodeRecord = ({ categories, updatedAt, id, revision }: ConsentRecord): string =>
  [
    'v:' + FORMAT_VERSION,
    'a:' + +categories.analytics,
    'm:' + +categories.marketing,
    't:' + updatedAt.toString(36),
    'id:' + id,
    'r:' + encodeURIComponent(revision),
  ].join('|');

/**
 * Reads a value written by `encodeRecord`; anything else (another tool's cookie of the same
 * name, a truncated or edited value, an unknown version) is `undefined`. Never throws.
 */
export function decodeRecord(raw: string): ConsentRecord | undefined {
  const fields: Record<string, string> = {};
  for (const part of raw.split('|')) {
    const [key, ...value] = part.split(':');
    fields[key!] = value.join(':');
  }
  const { v, a, m, t = '', id = '', r = '' } = fields;
  const updatedAt = parseInt(t, 36);
  let revision;
  try {
    revision = decodeURIComponent(r);
  } catch {
    return undefined;
  }
  return v === FORMAT_VERSION &&
    /^[01]$/.test(a + '') &&
    /^[01]$/.test(m + '') &&
    /^[0-9a-z]{1,11}$/.test(t) &&
    /^[\w-]{8,64}$/.test(id)
    ? { categories: { analytics: a === '1', marketing: m === '1' }, updatedAt, id, revision }
    : undefined;
}
