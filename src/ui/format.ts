import type { Lang } from '../core/types.js';

/** Each unit's name, for one and for more, in each language. */
const UNITS: Record<Lang, Record<'year' | 'month' | 'day', readonly [string, string]>> = {
  fi: { year: ['vuosi', 'vuotta'], month: ['kuukausi', 'kuukautta'], day: ['päivä', 'päivää'] },
  sv: { year: ['år', 'år'], month: ['månad', 'månader'], day: ['dygn', 'dygn'] },
  en: { year: ['year', 'years'], month: ['month', 'months'], day: ['day', 'days'] },
};

/**
 * A cookie lifetime in words: years when whole, months past three months when whole (as
 * vendors state them, e.g. 13 months), else days; `0` is the session. Written out rather than
 * with `Intl.NumberFormat`: a cookie table has a dozen, and the first `Intl` formatter a page
 * makes costs a phone over 100 ms (docs/notice.md).
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
  return `${count} ${UNITS[lang][unit][count === 1 ? 0 : 1]}`;
}

/** A decision time as a local date and time. */
export const formatTime = (ms: number, lang: Lang): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(ms);
