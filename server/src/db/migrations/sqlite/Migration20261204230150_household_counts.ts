import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230150_household_counts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`household_count\` (\`township_code\` text not null, \`region_code\` text not null, \`category\` text not null, \`risk_status\` text not null, \`deleted\` integer not null, \`n\` bigint not null default 0, primary key (\`township_code\`, \`region_code\`, \`category\`, \`risk_status\`, \`deleted\`));`);
    // Kept exact by the database in the writing transaction (see household-count.entity.ts).
    const add = (row: 'new' | 'old', d: '+ 1' | '- 1') =>
      `insert into household_count (township_code, region_code, category, risk_status, deleted, n) ` +
      `values (${row}.township_code, ${row}.region_code, ${row}.category, ${row}.risk_status, ${row}.deleted_at is not null, 0 ${d}) ` +
      `on conflict (township_code, region_code, category, risk_status, deleted) do update set n = n ${d};`;
    this.addSql(`create trigger household_count_insert after insert on household begin ${add('new', '+ 1')} end;`);
    this.addSql(`create trigger household_count_delete after delete on household begin ${add('old', '- 1')} end;`);
    this.addSql(`create trigger household_count_update after update of township_code, region_code, category, risk_status, deleted_at on household ` +
      `when old.township_code is not new.township_code or old.region_code is not new.region_code or old.category is not new.category ` +
      `or old.risk_status is not new.risk_status or (old.deleted_at is null) <> (new.deleted_at is null) ` +
      `begin ${add('old', '- 1')} ${add('new', '+ 1')} end;`);
    this.addSql(`insert into household_count (township_code, region_code, category, risk_status, deleted, n) ` +
      `select township_code, region_code, category, risk_status, deleted_at is not null, count(*) from household group by 1, 2, 3, 4, 5;`);
  }

}
