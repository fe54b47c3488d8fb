import { decodeRecord, encodeRecord } from './codec.js';
import type { Problem } from './config.js';
import { DAY_MS, isCurrent, type Validity } from './consent.js';
import type { ConsentRecord } from './types.js';

/**
 * Where the encoded decision is kept: the consent cookie on a page, memory in a test. It reports
 * its own failures (it knows why: blocked cookies, say), and the decision holds for the page.
 */
export interface ConsentStorage {
  /** Keeps `value` until `expires`. */
  write(value: string, expires: Date): void;
  clear(): void;
}

/**
 * The stored decision, from every value of the consent cookie `name`, if it still holds. A value
 * that is not a Seloste decision (corrupted, foreign, or of an unknown version) is reported and
 * counts as none; so do copies that disagree (one may have been planted by another subdomain);
 * an expired decision, or one from another revision, counts as none silently.
 */
export function readDecision(
  values: readonly string[],
  name: string,
  validity: Validity,
  report: (problem: Problem) => void,
): ConsentRecord | null {
  const [raw, ...others] = values;
  if (!raw) return null;
  if (others.some((other) => other !== raw)) {
    report(['!copies', name, String(values.length)]);
    return null;
  }
  const record = decodeRecord(raw);
  if (!record) report(['!cookie', name, raw]);
  return record && isCurrent(record, validity) ? record : null;
}

export type Listener = (record: ConsentRecord | null) => void;

/** The visitor's current decision, kept in memory and saved on every change. */
export interface ConsentStore {
  get(): ConsentRecord | null;
  /** Saves a new decision (or `null` to forget it) and tells the subscribers. */
  set(record: ConsentRecord | null): void;
  /**
   * Takes the decision `storage` already holds (saved by another tab, say) without saving it
   * again, and tells the subscribers if it differs.
   */
  adopt(record: ConsentRecord | null): void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: Listener): () => void;
}

/** A store starting from `initial` (see `readDecision`), saving every change to `storage`. */
export function createConsentStore(
  storage: ConsentStorage,
  consentDays: number,
  initial: ConsentRecord | null,
): ConsentStore {
  const listeners = new Set<Listener>();
  let current = initial;
  const tell = () => {
    for (const listener of [...listeners]) listener(current);
  };
  return {
    get: () => current,
    set(next) {
      current = next;
      if (next) storage.write(encodeRecord(next), new Date(next.updatedAt + consentDays * DAY_MS));
      else storage.clear();
      tell();
    },
    adopt(next) {
      const changed = (next && encodeRecord(next)) !== (current && encodeRecord(current));
      current = next;
      if (changed) tell();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
