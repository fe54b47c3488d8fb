import { SERVICE_ID } from './services.js';
import {
  OPTIONAL_CATEGORIES,
  type Choice,
  type Consent,
  type ConsentRecord,
  type OptionalCategory,
} from './types.js';

export const DAY_MS = 86_400_000;

export const ACCEPT_ALL: Readonly<Choice> = { analytics: true, marketing: true };
export const REJECT_ALL: Readonly<Choice> = { analytics: false, marketing: false };

export interface Validity {
  now: number;
  consentDays: number;
  revision: string;
}

/**
 * Whether a stored decision still holds: made under the current revision, not in the future
 * (beyond a day of clock skew), and younger than `consentDays`. If not, the visitor is asked
 * again.
 */
export const isCurrent = ({ revision, updatedAt }: ConsentRecord, validity: Validity): boolean =>
  revision === validity.revision &&
  updatedAt <= validity.now + DAY_MS &&
  validity.now - updatedAt <= validity.consentDays * DAY_MS;

/**
 * The record after the visitor picks `choice`. The consent id stays the same across a
 * visitor's changes, so one id names the whole history of one browser's consent.
 *
 * @example
 * applyChoice(null, ACCEPT_ALL, { now: Date.now(), revision: '', newId: () => 'abcdefgh12' })
 */
export function applyChoice(
  previous: ConsentRecord | null,
  choice: Choice,
  { now, revision, newId }: { now: number; revision: string; newId: () => string },
): ConsentRecord {
  const services = Object.entries(choice.services ?? {}).filter(([id]) => SERVICE_ID.test(id));
  return {
    categories: {
      analytics: !!choice.analytics,
      marketing: !!choice.marketing,
      services: Object.fromEntries(services.map(([id, on]) => [id, !!on])),
    },
    id: previous?.id ?? newId(),
    updatedAt: now,
    revision,
  };
}

/**
 * Whether `choice` allows `category` (`analytics` or `marketing`; any other value is refused)
 * and, if given, its service `service`: a service the choice does not name follows its category.
 *
 * @example
 * allows({ analytics: true, marketing: true, services: { googleAds: false } }, 'marketing', 'googleAds') // false
 */
export const allows = (
  choice: Choice | null | undefined,
  category: string | undefined,
  service?: string,
): boolean =>
  (category === 'analytics' || category === 'marketing') &&
  !!choice?.[category] &&
  !(service && choice.services?.[service] === false);

/**
 * Categories, then `services` (each with its category), that went from refused (or undecided)
 * to allowed, and from allowed to refused.
 */
export function changes(
  before: Choice | null,
  after: Choice | null,
  services: readonly { id: string; category: OptionalCategory }[] = [],
): { granted: string[]; revoked: string[] } {
  const all = [...OPTIONAL_CATEGORIES.map((category) => ({ category, id: '' })), ...services];
  const changed = (from: Choice | null, to: Choice | null) =>
    all
      .filter(({ category, id }) => allows(to, category, id) && !allows(from, category, id))
      .map(({ category, id }) => id || category);
  return { granted: changed(before, after), revoked: changed(after, before) };
}

/** The public, JSON-friendly copy of a record. */
export function toConsent(record: ConsentRecord): Consent {
  return {
    necessary: true,
    analytics: record.categories.analytics,
    marketing: record.categories.marketing,
    services: { ...record.categories.services },
    id: record.id,
    updatedAt: new Date(record.updatedAt).toISOString(),
    revision: record.revision,
  };
}
