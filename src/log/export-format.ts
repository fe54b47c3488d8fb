/**
 * The export formats: JSON Lines (one record per line, lossless) and CSV for spreadsheets
 * (RFC 4180 quoting, and protection against formula injection).
 */
import type { StoredRecord } from './store.js';

export const EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The CSV columns, in order: the receipt time first, then the record's fields. */
const CSV_COLUMNS = [
  'receivedAt',
  'recordId',
  'consentId',
  'decidedAt',
  'necessary',
  'analytics',
  'marketing',
  'services',
  'method',
  'revision',
  'noticeVersion',
  'lang',
  'textHash',
  'page',
  'gpc',
] as const;

/**
 * One CSV cell. A text that a spreadsheet would read as a formula (starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return) gets a leading apostrophe, which shows it as text; then
 * any cell with a comma, quote or line break is quoted, quotes doubled.
 *
 * @example
 * csvCell('=HYPERLINK("http://evil.example")') // `"'=HYPERLINK(""http://evil.example"")"`
 * csvCell('2026-11') // '2026-11'
 */
export function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record as a CSV row, ending in CRLF. */
function csvRow(record: StoredRecord): string {
  const values: Record<(typeof CSV_COLUMNS)[number], string> = {
    receivedAt: record.receivedAt,
    recordId: record.recordId,
    consentId: record.consentId,
    decidedAt: record.decidedAt,
    necessary: 'true',
    analytics: String(record.categories.analytics),
    marketing: String(record.categories.marketing),
    services: record.services ? JSON.stringify(record.services) : '',
    method: record.method,
    revision: record.revision,
    noticeVersion: record.noticeVersion ?? '',
    lang: record.lang,
    textHash: record.textHash ?? '',
    page: record.page,
    gpc: String(record.gpc),
  };
  return CSV_COLUMNS.map((column) => csvCell(values[column])).join(',') + '\r\n';
}

/**
 * The start of an export file: for CSV a byte order mark (so spreadsheet programs read UTF-8)
 * and the header row; nothing for JSON Lines.
 */
export function exportHeader(format: ExportFormat): string {
  return format === 'csv' ? `\uFEFF${CSV_COLUMNS.join(',')}\r\n` : '';
}

/** Records as lines of an export file. */
export function exportLines(format: ExportFormat, records: readonly StoredRecord[]): string {
  return records
    .map((record) => (format === 'csv' ? csvRow(record) : `${JSON.stringify(record)}\n`))
    .join('');
}

/** The media type of an export. */
export function exportType(format: ExportFormat): string {
  return format === 'csv' ? 'text/csv; charset=utf-8' : 'application/jsonl; charset=utf-8';
}
