import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230152_household_counts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "household_count" ("township_code" varchar(9) not null, "region_code" varchar(12) not null, "category" varchar(16) not null, "risk_status" varchar(16) not null, "deleted" boolean not null, "n" bigint not null default 0, constraint "household_count_pkey" primary key ("township_code", "region_code", "category", "risk_status", "deleted"));`);
    // Kept exact by the database in the writing transaction (see household-count.entity.ts): one statement-level
    // trigger per kind of change, its rows grouped by key, only the groups whose count changes written (an edit of
    // an income touches nothing), in key order so that concurrent writers lock the count rows in the same order.
    const apply = (rows: string) =>
      `insert into household_count as c (township_code, region_code, category, risk_status, deleted, n) ` +
      `select township_code, region_code, category, risk_status, deleted, sum(d) from (${rows}) x ` +
      `group by 1, 2, 3, 4, 5 having sum(d) <> 0 order by 1, 2, 3, 4, 5 ` +
      `on conflict (township_code, region_code, category, risk_status, deleted) do update set n = c.n + excluded.n`;
    const side = (table: string, d: string) =>
      `select township_code, region_code, category, risk_status, deleted_at is not null as deleted, ${d}::bigint as d from ${table}`;
    const fn = (name: string, body: string) =>
      `create function ${name}() returns trigger language plpgsql as $$ begin ${body}; return null; end $$;`;
    this.addSql(fn('household_count_on_insert', apply(side('new_rows', '1'))));
    this.addSql(fn('household_count_on_delete', apply(side('old_rows', '-1'))));
    this.addSql(fn('household_count_on_update', apply(`${side('old_rows', '-1')} union all ${side('new_rows', '1')}`)));
    this.addSql(`create trigger household_count_insert after insert on household referencing new table as new_rows for each statement execute function household_count_on_insert();`);
    this.addSql(`create trigger household_count_delete after delete on household referencing old table as old_rows for each statement execute function household_count_on_delete();`);
    this.addSql(`create trigger household_count_update after update on household referencing old table as old_rows new table as new_rows for each statement execute function household_count_on_update();`);
    this.addSql(`insert into household_count (township_code, region_code, category, risk_status, deleted, n) ` +
      `select township_code, region_code, category, risk_status, deleted_at is not null, count(*) from household group by 1, 2, 3, 4, 5;`);
  }

  override async down(): Promise<void> {
    for (const k of ['insert', 'delete', 'update']) {
      this.addSql(`drop trigger if exists household_count_${k} on household;`);
      this.addSql(`drop function if exists household_count_on_${k}();`);
    }
    this.addSql(`drop table if exists "household_count" cascade;`);
  }

}
