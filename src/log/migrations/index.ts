/**
 * The database migrations, in order. Each runs once, in a transaction, when the service or a
 * command opens the store (see `migrate` in ../store.ts). Never edit one that has shipped: add
 * the next. Each is a list of single statements, so that PGlite and PostgreSQL run them alike.
 */
import { statements as consentRecords } from './001-consent-records.js';

export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: 'consent records', statements: consentRecords },
];
