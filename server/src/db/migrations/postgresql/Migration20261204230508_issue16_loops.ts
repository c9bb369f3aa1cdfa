import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230508_issue16_loops extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "care_agreement" ("id" serial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "version" int not null default 1, "created_by" varchar(64) not null default '', "person_id" int not null, "township_code" varchar(9) not null, "carer_kind" varchar(16) not null, "carer_name" varchar(100) not null, "carer_phone" varchar(11) not null default '', "start_date" varchar(10) not null, "end_date" varchar(10) not null, "signed_on" varchar(10) not null, "duties" varchar(500) not null);`);
    this.addSql(`create index "care_agreement_person_idx" on "care_agreement" ("person_id", "start_date");`);

    this.addSql(`create table "care_visit" ("id" serial primary key, "person_id" int not null, "township_code" varchar(9) not null, "visit_date" varchar(10) not null, "visitor" varchar(50) not null, "condition" varchar(16) not null, "problems" varchar(500) not null default '', "help_arranged" varchar(500) not null default '', "created_by" varchar(64) not null default '', "created_at" timestamptz(3) not null);`);
    this.addSql(`create index "care_visit_person_idx" on "care_visit" ("person_id", "visit_date");`);

    this.addSql(`create table "subsidy_payment" ("id" serial primary key, "run_id" int not null, "member_id" int null, "household_id" int null, "township_code" varchar(9) not null, "region_code" varchar(12) not null, "name" varchar(50) not null, "id_number" varchar(18) not null, "groups" varchar(64) not null, "amount" double precision not null);`);
    this.addSql(`create index "subsidy_payment_run_township_idx" on "subsidy_payment" ("run_id", "township_code", "id");`);
    this.addSql(`alter table "subsidy_payment" add constraint "subsidy_payment_person_unique" unique ("run_id", "id_number");`);

    this.addSql(`create table "subsidy_run" ("id" serial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "version" int not null default 1, "created_by" varchar(64) not null default '', "month" varchar(7) not null, "title" varchar(100) not null, "amount_per_person" double precision not null, "groups" varchar(64) not null, "note" varchar(200) not null default '', "person_count" int not null default 0, "total_amount" double precision not null default 0);`);
    this.addSql(`alter table "subsidy_run" add constraint "subsidy_run_month_unique" unique ("month");`);

    this.addSql(`create table "tekun_support_change" ("id" serial primary key, "person_id" int not null, "from_mode" varchar(16) not null, "to_mode" varchar(16) not null, "changed_on" varchar(10) not null, "reason" varchar(200) not null, "created_by" varchar(64) not null default '', "created_at" timestamptz(3) not null);`);
    this.addSql(`create index "tekun_support_change_person_idx" on "tekun_support_change" ("person_id", "id");`);

    this.addSql(`alter table "relief_grant" add column "approval" varchar(16) not null default 'NONE', add column "decided_by" varchar(64) null, add column "decided_on" varchar(10) null, add column "decision_note" varchar(200) null;`);

    this.addSql(`drop index "risk_referral_open_unique";`);

    this.addSql(`alter table "risk_referral" add column "owner" varchar(64) null, add column "helper" varchar(50) null, add column "due_date" varchar(10) null, add column "assigned_at" varchar(10) null, add column "started_at" varchar(10) null, add column "assistance_kind" varchar(16) null, add column "assistance_ref" varchar(20) null, add column "assistance_note" varchar(500) null, add column "close_kind" varchar(24) null, add column "version" int not null default 1;`);
    this.addSql(`create unique index risk_referral_active_unique on risk_referral (household_id) where state in ('OPEN', 'ASSIGNED', 'ASSISTING');`);
    // Referrals opened before the loop: help was due 7 days (the default) after the opening, in China time.
    this.addSql(`update "risk_referral" set "due_date" = to_char(("created_at" at time zone 'Asia/Shanghai') + interval '7 days', 'YYYY-MM-DD') where "due_date" is null;`);

    this.addSql(`alter table "tekun_person" add column "central_care_wish" boolean null, add column "central_care_asked_on" varchar(10) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "care_agreement" cascade;`);

    this.addSql(`drop table if exists "care_visit" cascade;`);

    this.addSql(`drop table if exists "subsidy_payment" cascade;`);

    this.addSql(`drop table if exists "subsidy_run" cascade;`);

    this.addSql(`drop table if exists "tekun_support_change" cascade;`);

    this.addSql(`alter table "relief_grant" drop column "approval", drop column "decided_by", drop column "decided_on", drop column "decision_note";`);

    this.addSql(`drop index "risk_referral_active_unique";`);
    this.addSql(`alter table "risk_referral" drop column "owner", drop column "helper", drop column "due_date", drop column "assigned_at", drop column "started_at", drop column "assistance_kind", drop column "assistance_ref", drop column "assistance_note", drop column "close_kind", drop column "version";`);

    this.addSql(`CREATE UNIQUE INDEX risk_referral_open_unique ON public.risk_referral USING btree (household_id) WHERE ((state)::text = 'OPEN'::text);`);

    this.addSql(`alter table "tekun_person" drop column "central_care_wish", drop column "central_care_asked_on";`);
  }

}
