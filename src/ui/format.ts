import type { Lang } from '../core/types.js';

/**
 * A cookie lifetime in words: years when whole, months past three months when whole (as
 * vendors state them, e.g. 13 months), else days; `0` is the session.
 *
 * @example
 * formatDays(730, 'fi', 'istunnon ajan') // '2 vuotta'
 */
export function formatDays(days: number, lang: Lang, session: string): string {
  if (!days) return session;
  const [unit, count] =
    days % 365 === 0
      ? (['year', days / 365] as const)
      : days > 90 && days % 30 === 0
        ? (['month', days / 30] as const)
        : (['day', days] as const);
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}

/** A decision time as a local date and time. */
export const formatTime = (ms: number, lang: Lang): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(ms);
