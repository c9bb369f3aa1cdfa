import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230348_comparison extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "comparison_evidence" ("id" serial primary key, "file_name" varchar(255) not null, "content_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "at" timestamptz(3) not null, "finding_id" int not null, "created_by" varchar(64) not null);`);
    this.addSql(`create index "comparison_evidence_finding_idx" on "comparison_evidence" ("finding_id", "id");`);

    this.addSql(`create table "comparison_finding" ("id" serial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "version" int not null default 1, "rule" varchar(40) not null, "source_id" int not null, "row_id" int not null, "row_key" varchar(64) not null, "id_number" varchar(18) not null, "member_id" int null, "household_id" int null, "township_code" varchar(9) not null, "region_code" varchar(12) not null default '', "reason" varchar(500) not null, "state" varchar(16) not null default 'OPEN', "raised_on" varchar(10) not null, "due_date" varchar(10) not null, "action" varchar(16) null, "action_ref" varchar(100) null, "note" text null, "verified_by" varchar(64) null, "verified_at" timestamptz(3) null);`);
    this.addSql(`create index "comparison_finding_state_due_idx" on "comparison_finding" ("state", "due_date", "id");`);
    this.addSql(`create index "comparison_finding_source_idx" on "comparison_finding" ("source_id", "id");`);
    this.addSql(`create index "comparison_finding_rule_key_idx" on "comparison_finding" ("rule", "row_key");`);
    this.addSql(`create index "comparison_finding_township_state_idx" on "comparison_finding" ("township_code", "state", "id");`);

    this.addSql(`create table "comparison_row" ("id" serial primary key, "source_id" int not null, "row_no" int not null, "id_number" varchar(18) not null, "name" varchar(50) not null, "detail" varchar(200) null, "amount" double precision null, "status" varchar(16) null, "grade" varchar(2) null, "event_date" varchar(10) null, "category" varchar(16) null, "region_code" varchar(12) null, "cells" text not null, "row_key" varchar(64) not null);`);
    this.addSql(`create index "comparison_row_id_number_idx" on "comparison_row" ("id_number", "source_id");`);
    this.addSql(`create index "comparison_row_source_idx" on "comparison_row" ("source_id", "id");`);

    this.addSql(`create table "comparison_source" ("id" serial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "version" int not null default 1, "created_by" varchar(64) not null default '', "kind" varchar(32) not null, "agency" varchar(100) not null, "as_of" varchar(10) not null, "via" varchar(16) not null, "row_count" int not null, "duplicate_rows" int not null default 0, "file_name" varchar(255) not null default '', "file_size" int not null default 0, "file_sha256" varchar(64) not null, "superseded_at" timestamptz(3) null, "superseded_by" int null, "status" varchar(16) not null default 'LOADED', "progress" int not null default 0, "matched_rows" int not null default 0, "finding_count" int not null default 0, "matched_at" timestamptz(3) null);`);
    this.addSql(`create index "comparison_source_kind_idx" on "comparison_source" ("kind", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "comparison_evidence" cascade;`);

    this.addSql(`drop table if exists "comparison_finding" cascade;`);

    this.addSql(`drop table if exists "comparison_row" cascade;`);

    this.addSql(`drop table if exists "comparison_source" cascade;`);
  }

}
