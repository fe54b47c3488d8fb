/**
 * Retention ages: how long the log keeps a record, written as a count and a unit, e.g. `36m`.
 * Pure: the current time is an argument.
 */

/** An age in calendar units. */
export interface Age {
  readonly count: number;
  readonly unit: 'd' | 'w' | 'm' | 'y';
}

const UNITS: Record<Age['unit'], string> = { d: 'day', w: 'week', m: 'month', y: 'year' };

/**
 * Reads an age: a whole number and `d` (days), `w` (weeks), `m` (months) or `y` (years);
 * `undefined` for anything else, or for less than a day.
 *
 * @example
 * parseAge('36m') // { count: 36, unit: 'm' }
 * parseAge('36 months') // undefined
 */
export function parseAge(text: string): Age | undefined {
  const match = /^(\d{1,4})([dwmy])$/.exec(text.trim());
  if (!match) return undefined;
  const count = Number(match[1]);
  return count > 0 ? { count, unit: match[2] as Age['unit'] } : undefined;
}

/**
 * The moment `age` before `now`, in UTC calendar terms (a month back from 31 March is
 * 3 March, as JavaScript dates roll over).
 *
 * @example
 * cutoff(new Date('2026-11-22T10:00:00Z'), { count: 36, unit: 'm' }) // 2023-11-22T10:00:00Z
 */
export function cutoff(now: Date, { count, unit }: Age): Date {
  const date = new Date(now);
  if (unit === 'd') date.setUTCDate(date.getUTCDate() - count);
  if (unit === 'w') date.setUTCDate(date.getUTCDate() - 7 * count);
  if (unit === 'm') date.setUTCMonth(date.getUTCMonth() - count);
  if (unit === 'y') date.setUTCFullYear(date.getUTCFullYear() - count);
  return date;
}

/**
 * An age in words.
 *
 * @example
 * describeAge({ count: 36, unit: 'm' }) // '36 months'
 */
export function describeAge({ count, unit }: Age): string {
  return `${count} ${UNITS[unit]}${count === 1 ? '' : 's'}`;
}
