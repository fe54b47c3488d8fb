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
  return {
    categories: { analytics: !!choice.analytics, marketing: !!choice.marketing },
    id: previous?.id ?? newId(),
    updatedAt: now,
    revision,
  };
}

/** Categories that went from refused (or undecided) to granted, and from granted to refused. */
export function changes(
  before: Choice | null,
  after: Choice | null,
): { granted: OptionalCategory[]; revoked: OptionalCategory[] } {
  const was = (c: OptionalCategory) => !!before?.[c];
  const is = (c: OptionalCategory) => !!after?.[c];
  return {
    granted: OPTIONAL_CATEGORIES.filter((c) => is(c) && !was(c)),
    revoked: OPTIONAL_CATEGORIES.filter((c) => was(c) && !is(c)),
  };
}

/** The public, JSON-friendly copy of a record. */
export function toConsent(record: ConsentRecord): Consent {
  return {
    necessary: true,
    ...record.categories,
    id: record.id,
    updatedAt: new Date(record.updatedAt).toISOString(),
    revision: record.revision,
  };
}
