import { Migration } from '@mikro-orm/migrations';

/**
 * Every statement that inserts audit rows first takes a shared transaction-level advisory lock (1146048868, F), F =
 * the audit sequence's position before it: the floor of uncommitted audit ids, read by events/in-flight.ts so that a
 * catch-up cursor never passes a change that commits later.
 */
export class Migration20261205060000_audit_in_flight extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function "doudi_audit_in_flight"() returns trigger language plpgsql as $$
begin
  perform pg_advisory_xact_lock_shared(1146048868, (select (case when is_called then last_value else last_value - 1 end)::int from "audit_event_id_seq"));
  return null;
end $$;`);
    this.addSql(`create trigger "audit_event_in_flight" before insert on "audit_event" for each statement execute function "doudi_audit_in_flight"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_event_in_flight" on "audit_event";`);
    this.addSql(`drop function if exists "doudi_audit_in_flight"();`);
  }

}
