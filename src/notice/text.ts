/**
 * Small text helpers shared by the notice's parser, its checks and the importer: dates, folding
 * for comparison, edit distance and "did you mean" suggestions, section ids from headings.
 * No DOM, no network, no dependencies.
 */
import { LANGS, type Lang } from '../core/types.js';

/** The languages' names in English, for messages to the site owner. */
export const LANG_NAMES: Record<Lang, string> = { fi: 'Finnish', sv: 'Swedish', en: 'English' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `key` is one of the languages Seloste knows. */
export function isLang(key: string): key is Lang {
  return (LANGS as readonly string[]).includes(key);
}

/** Whether `value` is a plain object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether `value` is text with nothing but white space in it.
 *
 * @example isBlank(' \n') // true
 * @example isBlank(3) // false
 */
export function isBlank(value: unknown): boolean {
  return typeof value === 'string' && !/\S/u.test(value);
}

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD`.
 *
 * @example isDate('2024-02-29') // true
 * @example isDate('2023-02-29') // false
 */
export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * A date as `YYYY-MM-DD` in local time.
 *
 * @example localDate(new Date(2026, 10, 22)) // '2026-11-22'
 */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The number of single-character edits (insert, delete, replace, swap two neighbours) between
 * two strings: the optimal string alignment distance. With `max`, it stops early and returns
 * `max + 1` once the distance is sure to exceed `max`.
 *
 * @example editDistance('retension', 'retention') // 1
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let before = new Int32Array(width);
  let previous = new Int32Array(width);
  let row = new Int32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, before[j - 2] + 1);
      }
      row[j] = distance;
      if (distance < smallest) smallest = distance;
    }
    if (smallest > max) return max + 1;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length];
}

/**
 * The candidate `word` was most likely meant to be, or undefined when none is close. Case,
 * spaces, `-` and `_` do not count.
 *
 * @example suggest('retension', ['purposes', 'retention']) // 'retention'
 * @example suggest('legal_basis', ['legalBasis']) // 'legalBasis'
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  // Not `fold`: accents and other punctuation count here.
  const compact = (text: string) => text.toLowerCase().replace(/[\s_-]/g, '');
  const compacted = compact(word);
  if (compacted.length > 64) return undefined;
  const limit = compacted.length <= 4 ? 1 : compacted.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(compacted, compact(candidate), limit);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * Lowercase, without accents (ä → a, å → a) or punctuation, single spaces: the form headings are
 * compared in.
 *
 * @example fold('Tietojen siirto EU:n ulkopuolelle') // 'tietojen siirto eu n ulkopuolelle'
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A section id made of a heading: lowercase ASCII letters, digits and `-`.
 *
 * @example toSectionId('Uutiskirje ja markkinointi') // 'uutiskirje-ja-markkinointi'
 * @example toSectionId('Säilytys & Poisto') // 'sailytys-poisto'
 */
export function toSectionId(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
