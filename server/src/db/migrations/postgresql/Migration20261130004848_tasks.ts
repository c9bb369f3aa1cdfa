import { Migration } from '@mikro-orm/migrations';

export class Migration20261130004848_tasks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "plan" ("id" serial primary key, "document_number" varchar(64) not null, "title" varchar(200) not null, "issuer" varchar(100) not null, "issued_on" varchar(10) not null, "created_at" timestamptz(3) not null, "created_by" varchar(120) not null default 'system');`);
    this.addSql(`alter table "plan" add constraint "plan_document_number_unique" unique ("document_number");`);

    this.addSql(`create table "measure" ("id" serial primary key, "plan_id" int not null, "no" int not null, "group_no" int not null, "group_title" varchar(200) not null, "title" varchar(200) not null, "content" text not null, "units" text not null, "deadline" varchar(10) null, "deadline_text" varchar(200) not null, "recurrence" varchar(16) not null);`);
    this.addSql(`alter table "measure" add constraint "measure_plan_no_unique" unique ("plan_id", "no");`);

    this.addSql(`create table "responsible_unit" ("code" varchar(32) not null, "name" varchar(64) not null, "kind" varchar(16) not null, "sort_order" int not null, "aliases" varchar(255) not null default '', constraint "responsible_unit_pkey" primary key ("code"));`);
    this.addSql(`create index "responsible_unit_sort_idx" on "responsible_unit" ("sort_order", "code");`);

    this.addSql(`create table "assignment" ("id" serial primary key, "measure_id" int not null, "unit_code" varchar(32) not null, "status" varchar(16) not null default 'NOT_STARTED', "version" int not null default 1, "rejection_count" int not null default 0, "notice_event_id" int null, "last_report_at" timestamptz(3) null, "closed_at" timestamptz(3) null, "closed_by" varchar(120) null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null);`);
    this.addSql(`create index "assignment_status_idx" on "assignment" ("status", "id");`);
    this.addSql(`create index "assignment_unit_idx" on "assignment" ("unit_code", "id");`);
    this.addSql(`alter table "assignment" add constraint "assignment_measure_unit_unique" unique ("measure_id", "unit_code");`);

    this.addSql(`create table "progress_report" ("id" serial primary key, "assignment_id" int not null, "period" varchar(7) not null, "text" text not null, "reporter" varchar(120) not null, "at" timestamptz(3) not null);`);
    this.addSql(`create index "progress_report_assignment_idx" on "progress_report" ("assignment_id", "id");`);

    this.addSql(`create table "evidence_file" ("id" serial primary key, "report_id" int not null, "file_name" varchar(255) not null, "content_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "at" timestamptz(3) not null);`);
    this.addSql(`create index "evidence_file_report_idx" on "evidence_file" ("report_id", "id");`);

    this.addSql(`create table "assignment_event" ("id" serial primary key, "assignment_id" int not null, "kind" varchar(16) not null, "at" timestamptz(3) not null, "actor" varchar(120) not null, "text" text null, "from_status" varchar(16) null, "to_status" varchar(16) null, "report_id" int null);`);
    this.addSql(`create index "assignment_event_assignment_idx" on "assignment_event" ("assignment_id", "id");`);

    this.addSql(`alter table "measure" add constraint "measure_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update no action on delete no action;`);

    this.addSql(`alter table "assignment" add constraint "assignment_measure_id_foreign" foreign key ("measure_id") references "measure" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "assignment" add constraint "assignment_unit_code_foreign" foreign key ("unit_code") references "responsible_unit" ("code") on update no action on delete no action;`);

    this.addSql(`alter table "progress_report" add constraint "progress_report_assignment_id_foreign" foreign key ("assignment_id") references "assignment" ("id") on update no action on delete no action;`);

    this.addSql(`alter table "evidence_file" add constraint "evidence_file_report_id_foreign" foreign key ("report_id") references "progress_report" ("id") on update no action on delete no action;`);

    this.addSql(`alter table "assignment_event" add constraint "assignment_event_assignment_id_foreign" foreign key ("assignment_id") references "assignment" ("id") on update no action on delete no action;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "measure" drop constraint "measure_plan_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_measure_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_unit_code_foreign";`);

    this.addSql(`alter table "progress_report" drop constraint "progress_report_assignment_id_foreign";`);

    this.addSql(`alter table "assignment_event" drop constraint "assignment_event_assignment_id_foreign";`);

    this.addSql(`alter table "evidence_file" drop constraint "evidence_file_report_id_foreign";`);

    this.addSql(`drop table if exists "plan" cascade;`);

    this.addSql(`drop table if exists "measure" cascade;`);

    this.addSql(`drop table if exists "responsible_unit" cascade;`);

    this.addSql(`drop table if exists "assignment" cascade;`);

    this.addSql(`drop table if exists "progress_report" cascade;`);

    this.addSql(`drop table if exists "evidence_file" cascade;`);

    this.addSql(`drop table if exists "assignment_event" cascade;`);
  }

}
