import { Migration } from '@mikro-orm/migrations';

export class Migration20261130001011_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`region\` (\`code\` text not null, \`name\` text not null, \`level\` text not null, \`kind\` text not null, \`parent_code\` text null, primary key (\`code\`));`);
    this.addSql(`create index \`region_parent_code_index\` on \`region\` (\`parent_code\`);`);

    this.addSql(`create table \`household\` (\`id\` integer not null primary key autoincrement, \`code\` text not null, \`category\` text not null, \`region_code\` text not null, \`township_code\` text not null, \`address\` text not null default '', \`head_name\` text not null default '', \`head_id_number\` text not null default '', \`phone\` text not null default '', \`member_count\` integer not null default 0, \`income_per_capita\` double not null default 0, \`risk_types\` text not null default '', \`risk_status\` text not null default 'MONITORING', \`helper_name\` text not null default '', \`remarks\` text not null default '', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`deleted_at\` datetime null, constraint \`household_region_code_foreign\` foreign key(\`region_code\`) references \`region\`(\`code\`) on delete no action on update no action);`);
    this.addSql(`create unique index \`household_code_unique\` on \`household\` (\`code\`);`);
    this.addSql(`create index \`household_region_code_index\` on \`household\` (\`region_code\`);`);
    this.addSql(`create index household_deleted_idx on household (deleted_at, id) where deleted_at is not null;`);
    this.addSql(`create index household_active_idx on household (id) where deleted_at is null;`);
    this.addSql(`create index household_created_at_idx on household (created_at, id) where deleted_at is null;`);
    this.addSql(`create index household_updated_at_idx on household (updated_at, id) where deleted_at is null;`);
    this.addSql(`create index household_helper_name_idx on household (helper_name, id) where deleted_at is null;`);
    this.addSql(`create index household_risk_status_idx on household (risk_status, id) where deleted_at is null;`);
    this.addSql(`create index household_income_idx on household (income_per_capita, id) where deleted_at is null;`);
    this.addSql(`create index household_member_count_idx on household (member_count, id) where deleted_at is null;`);
    this.addSql(`create index household_address_idx on household (address, id) where deleted_at is null;`);
    this.addSql(`create index household_phone_idx on household (phone, id) where deleted_at is null;`);
    this.addSql(`create index household_head_id_number_idx on household (head_id_number, id) where deleted_at is null;`);
    this.addSql(`create index household_head_name_idx on household (head_name, id) where deleted_at is null;`);
    this.addSql(`create index household_region_idx on household (region_code, id) where deleted_at is null;`);
    this.addSql(`create index household_township_category_income_idx on household (township_code, category, income_per_capita, id) where deleted_at is null;`);
    this.addSql(`create index household_township_category_idx on household (township_code, category, id) where deleted_at is null;`);
    this.addSql(`create index household_category_idx on household (category, id) where deleted_at is null;`);

    this.addSql(`create table \`member\` (\`id\` integer not null primary key autoincrement, \`household_id\` integer not null, \`name\` text not null, \`id_number\` text not null, \`active_id_number\` text null, \`gender\` text not null, \`birth_date\` text not null, \`relation\` text not null, \`phone\` text not null default '', \`health\` text null, \`disability_type\` text null, \`disability_grade\` text null, \`labor_ability\` text null, \`schooling\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`member_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`member_household_id_index\` on \`member\` (\`household_id\`);`);
    this.addSql(`create unique index \`member_active_id_number_unique\` on \`member\` (\`active_id_number\`);`);
    this.addSql(`create index \`member_id_number_idx\` on \`member\` (\`id_number\`);`);
    this.addSql(`create index \`member_household_idx\` on \`member\` (\`household_id\`, \`id\`);`);
  }

}
