import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230352_applications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "application_file" ("id" serial primary key, "file_name" varchar(255) not null, "content_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "at" timestamptz(3) not null, "application_id" int not null, "step_id" int null, "part" varchar(20) not null, "created_by" varchar(64) not null);`);
    this.addSql(`create index "application_file_app_idx" on "application_file" ("application_id", "id");`);

    this.addSql(`create table "application_objection" ("id" serial primary key, "application_id" int not null, "received_on" varchar(10) not null, "objector" varchar(50) not null, "content" text not null, "answer" text null, "answered_on" varchar(10) null, "answered_by" varchar(64) null, "created_by" varchar(64) not null, "created_at" timestamptz(3) not null);`);
    this.addSql(`create index "application_objection_app_idx" on "application_objection" ("application_id", "id");`);

    this.addSql(`create table "application_step" ("id" serial primary key, "application_id" int not null, "step" varchar(20) not null, "date" varchar(10) not null, "people" text not null, "result" text not null, "income_per_capita" double precision null, "asset_flags" text null, "data_sources" text null, "passed" boolean null, "notice_days" int null, "place" varchar(200) null, "created_by" varchar(64) not null, "created_at" timestamptz(3) not null);`);
    this.addSql(`alter table "application_step" add constraint "application_step_unique" unique ("application_id", "step");`);

    this.addSql(`create table "assistance_application" ("id" serial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "version" int not null default 1, "created_by" varchar(64) not null default '', "kind" varchar(8) not null, "household_id" int not null, "member_id" int null, "single_person" boolean not null default false, "depends_on_family" boolean not null default false, "township_code" varchar(9) not null, "applicant_name" varchar(50) not null, "applied_on" varchar(10) not null, "reasons" varchar(300) not null default '', "statement" text not null default '', "stage" varchar(20) not null default 'ECONOMIC_CHECK', "due_date" varchar(10) not null, "income_per_capita" double precision null, "notice_start" varchar(10) null, "notice_days" int null, "notice_end" varchar(10) null, "open_objections" int not null default 0, "decided_on" varchar(10) null, "decided_by" varchar(64) null, "approved" boolean null, "amount" double precision null, "start_month" varchar(7) null, "support_mode" varchar(16) null, "care_provider_org" varchar(100) null, "reject_reason" text null, "dibao_case_id" int null, "tekun_person_id" int null, "imported" boolean not null default false);`);
    this.addSql(`create index "assistance_application_household_idx" on "assistance_application" ("household_id", "id");`);
    this.addSql(`create index "assistance_application_township_idx" on "assistance_application" ("township_code", "stage", "id");`);

    this.addSql(`alter table "assistance_application" add constraint "assistance_application_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "application_file" cascade;`);

    this.addSql(`drop table if exists "application_objection" cascade;`);

    this.addSql(`drop table if exists "application_step" cascade;`);

    this.addSql(`drop table if exists "assistance_application" cascade;`);
  }

}
