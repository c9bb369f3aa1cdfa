import { Migration } from '@mikro-orm/migrations';

export class Migration20261130001012_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "region" ("code" varchar(12) not null, "name" varchar(64) not null, "level" varchar(16) not null, "kind" varchar(16) not null, "parent_code" varchar(12) null, constraint "region_pkey" primary key ("code"));`);
    this.addSql(`create index "region_parent_code_index" on "region" ("parent_code");`);

    this.addSql(`create table "household" ("id" serial primary key, "code" varchar(32) not null, "category" varchar(16) not null, "region_code" varchar(12) not null, "township_code" varchar(9) not null, "address" varchar(200) not null default '', "head_name" varchar(50) not null default '', "head_id_number" varchar(18) not null default '', "phone" varchar(20) not null default '', "member_count" int not null default 0, "income_per_capita" double precision not null default 0, "risk_types" varchar(255) not null default '', "risk_status" varchar(16) not null default 'MONITORING', "helper_name" varchar(50) not null default '', "remarks" text not null default '', "version" int not null default 1, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "deleted_at" timestamptz(3) null);`);
    this.addSql(`alter table "household" add constraint "household_code_unique" unique ("code");`);
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

    this.addSql(`create table "member" ("id" serial primary key, "household_id" int not null, "name" varchar(50) not null, "id_number" varchar(18) not null, "active_id_number" varchar(18) null, "gender" varchar(8) not null, "birth_date" varchar(10) not null, "relation" varchar(20) not null, "phone" varchar(20) not null default '', "health" varchar(20) null, "disability_type" varchar(20) null, "disability_grade" varchar(10) null, "labor_ability" varchar(20) null, "schooling" varchar(20) null, "version" int not null default 1, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null);`);
    this.addSql(`alter table "member" add constraint "member_active_id_number_unique" unique ("active_id_number");`);
    this.addSql(`create index "member_id_number_idx" on "member" ("id_number");`);
    this.addSql(`create index "member_household_idx" on "member" ("household_id", "id");`);

    this.addSql(`alter table "household" add constraint "household_region_code_foreign" foreign key ("region_code") references "region" ("code") on update no action on delete no action;`);

    this.addSql(`alter table "member" add constraint "member_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "household" drop constraint "household_region_code_foreign";`);

    this.addSql(`alter table "member" drop constraint "member_household_id_foreign";`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "household" cascade;`);

    this.addSql(`drop table if exists "member" cascade;`);
  }

}
