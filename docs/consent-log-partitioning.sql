-- Seloste consent log: turn consent_records into a table partitioned by month (PostgreSQL 13 or
-- newer). For large logs; see docs/consent-log.md, "Growing past one machine".
--
--   psql "$DATABASE_URL" --single-transaction -v ON_ERROR_STOP=1 -f consent-log-partitioning.sql
--
-- Run it once, with the service stopped (it rewrites the table), after the service has created
-- the schema. The service's queries stay the same: a repeat is caught by the unique key
-- (record_id, received_month) within a month and by a look-up across months before insert.
-- Afterwards, run each month (cron, pg_cron):
--
--   select seloste_log_add_partitions(3);            -- this month and the next three exist
--   select seloste_log_drop_partitions('36 months'); -- retention: drop whole old months
--
-- Rows whose month has no partition of its own land in consent_records_default; keep the
-- partitions ahead of time so that it stays empty (a partition cannot be added for a month
-- that the default partition holds rows of).

lock table consent_records in access exclusive mode;
alter table consent_records rename to consent_records_unpartitioned;

-- Identity columns on partitioned tables need PostgreSQL 17; a sequence works everywhere.
create sequence consent_records_row_id;
select setval('consent_records_row_id',
  coalesce((select max(id) from consent_records_unpartitioned), 0) + 1, false);

create table consent_records (
  id bigint not null default nextval('consent_records_row_id'),
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
  primary key (id, received_month),
  unique (record_id, received_month)
) partition by range (received_month);
alter sequence consent_records_row_id owned by consent_records.id;

-- Creates the missing monthly partitions from this month to `ahead` months later.
create or replace function seloste_log_add_partitions(ahead integer) returns void
language plpgsql as $$
declare
  month date;
begin
  for month in
    select generate_series(date_trunc('month', now() at time zone 'UTC'),
      date_trunc('month', now() at time zone 'UTC') + make_interval(months => ahead),
      interval '1 month')::date
  loop
    execute format(
      'create table if not exists %I partition of consent_records for values from (%L) to (%L)',
      'consent_records_' || to_char(month, 'YYYY_MM'), month, (month + interval '1 month')::date);
  end loop;
end $$;

-- Drops the monthly partitions wholly older than `age` (e.g. '36 months'); returns how many.
create or replace function seloste_log_drop_partitions(age interval) returns integer
language plpgsql as $$
declare
  part record;
  dropped integer := 0;
begin
  for part in
    select child.relname as name
    from pg_inherits
      join pg_class child on child.oid = pg_inherits.inhrelid
      join pg_class parent on parent.oid = pg_inherits.inhparent
    where parent.relname = 'consent_records' and child.relname ~ '^consent_records_\d{4}_\d{2}$'
      and to_date(substring(child.relname from '\d{4}_\d{2}$'), 'YYYY_MM') + interval '1 month'
        <= now() - age
  loop
    execute format('drop table %I', part.name);
    dropped := dropped + 1;
  end loop;
  return dropped;
end $$;

-- A partition for every month that holds records, then this month and three ahead.
do $$
declare
  month date;
begin
  for month in select distinct received_month from consent_records_unpartitioned loop
    execute format(
      'create table if not exists %I partition of consent_records for values from (%L) to (%L)',
      'consent_records_' || to_char(month, 'YYYY_MM'), month, (month + interval '1 month')::date);
  end loop;
end $$;
select seloste_log_add_partitions(3);
create table consent_records_default partition of consent_records default;

insert into consent_records (id, record_id, consent_id, decided_at, received_at, received_month,
    analytics, marketing, services, method, revision, notice_version, lang, text_hash, page, gpc)
  select id, record_id, consent_id, decided_at, received_at, received_month,
    analytics, marketing, services, method, revision, notice_version, lang, text_hash, page, gpc
  from consent_records_unpartitioned;
drop table consent_records_unpartitioned;

-- The indexes and the append-only triggers of the unpartitioned table, now on every partition.
create index consent_records_consent on consent_records (consent_id, decided_at);
create index consent_records_received on consent_records (received_at, id);
create trigger consent_records_no_update before update on consent_records
  for each row execute function seloste_log_append_only();
create trigger consent_records_no_truncate before truncate on consent_records
  for each statement execute function seloste_log_append_only();
