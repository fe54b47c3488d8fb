/**
 * The consent log's table. Append-only: a trigger refuses updates and truncation, so a row,
 * once stored, is never changed; only retention deletes rows, by age.
 *
 * The columns are the record's fields (see ../record.ts), plus the server's own receipt time.
 * `received_month` is the partition key of the PostgreSQL layout for large logs
 * (docs/consent-log.md): a repeat is caught by `(record_id, received_month)`, a key that a
 * table partitioned by month can keep unique, and by a look-up across months before insert.
 */
export const statements = [
  `create table consent_records (
    id bigint generated always as identity primary key,
    record_id text not null,
    consent_id text not null,
    decided_at timestamptz not null,
    received_at timestamptz not null default date_trunc('milliseconds', now()),
    received_month date not null default date_trunc('month', now() at time zone 'UTC')::date,
    analytics boolean not null,
    marketing boolean not null,
    services jsonb,
    method text not null,
    revision text not null,
    notice_version text,
    lang text not null,
    text_hash text,
    page text not null,
    gpc boolean not null,
    unique (record_id, received_month)
  )`,
  `create index consent_records_consent on consent_records (consent_id, decided_at)`,
  `create index consent_records_received on consent_records (received_at, id)`,
  `create function seloste_log_append_only() returns trigger language plpgsql as $$
  begin
    raise exception 'consent_records is append-only: rows are never changed (retention deletes them)';
  end $$`,
  `create trigger consent_records_no_update before update on consent_records
    for each row execute function seloste_log_append_only()`,
  `create trigger consent_records_no_truncate before truncate on consent_records
    for each statement execute function seloste_log_append_only()`,
];
