import { Migration } from '@mikro-orm/migrations';

export class Migration20261201144543_monitoring_assistance extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "assessment_batch" ("id" serial primary key, "township_code" varchar(9) not null, "name" varchar(100) not null, "state" varchar(16) not null default 'OPEN', "spot_check_seed" varchar(100) null, "spot_check_drawn_at" timestamptz(3) null, "spot_check_drawn_by" varchar(64) null, "sample_size" int not null default 0, "finalised_at" timestamptz(3) null, "version" int not null default 1, "created_by" varchar(64) not null default '', "created_at" timestamptz(3) not null);`);
    this.addSql(`create index "assessment_batch_township_idx" on "assessment_batch" ("township_code", "id");`);

    this.addSql(`create table "monitoring_line" ("year" int not null, "amount" double precision not null, "updated_at" timestamptz(3) not null, "updated_by" varchar(120) not null default 'system', constraint "monitoring_line_pkey" primary key ("year"));`);

    this.addSql(`create table "month_lock" ("id" serial primary key, "township_code" varchar(9) not null, "month" varchar(7) not null, "locked_at" timestamptz(3) not null, "locked_by" varchar(120) not null, "locked_count" int not null default 0);`);
    this.addSql(`alter table "month_lock" add constraint "month_lock_township_month_unique" unique ("township_code", "month");`);

    this.addSql(`create table "monthly_check_correction" ("id" serial primary key, "check_id" int not null, "household_id" int not null, "month" varchar(7) not null, "township_code" varchar(9) not null, "actor" varchar(120) not null, "at" timestamptz(3) not null, "reason" text not null, "before" text not null, "after" text not null);`);
    this.addSql(`create index "monthly_check_correction_check_idx" on "monthly_check_correction" ("check_id", "id");`);

    this.addSql(`create table "monthly_check" ("id" serial primary key, "household_id" int not null, "month" varchar(7) not null, "township_code" varchar(9) not null, "visit_date" varchar(10) not null default '', "visitor" varchar(50) not null default '', "income_wages" double precision null, "income_business" double precision null, "income_property" double precision null, "income_transfer" double precision null, "income_total" double precision null, "spending_medical" double precision null, "spending_schooling" double precision null, "food_ok" boolean null, "clothing_ok" boolean null, "schooling_ok" boolean null, "medical_insurance_ok" boolean null, "housing_grade" varchar(1) not null default '', "water_ok" boolean null, "risk_found" boolean not null default false, "risk_types" varchar(255) not null default '', "measures" text not null default '', "remarks" text not null default '', "at_risk" boolean not null default false, "state" varchar(16) not null default 'DRAFT', "version" int not null default 1, "submitted_at" timestamptz(3) null, "submitted_by" varchar(120) null, "locked_at" timestamptz(3) null, "locked_by" varchar(120) null, "created_by" varchar(120) not null default '', "updated_by" varchar(120) not null default '', "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null);`);
    this.addSql(`create index "monthly_check_month_township_idx" on "monthly_check" ("month", "township_code", "state");`);
    this.addSql(`alter table "monthly_check" add constraint "monthly_check_household_month_unique" unique ("household_id", "month");`);

    this.addSql(`create table "dibao_case" ("id" serial primary key, "household_id" int not null, "member_id" int null, "kind" varchar(16) not null, "township_code" varchar(9) not null, "state" varchar(16) not null default 'ACTIVE', "start_date" varchar(10) not null, "monthly_amount" double precision not null default 0, "exit_start_date" varchar(10) null, "notice_date" varchar(10) null, "notice_ref" varchar(100) null, "exit_end_date" varchar(10) null, "end_date" varchar(10) null, "end_reason" varchar(200) null, "remarks" text not null default '', "version" int not null default 1, "created_by" varchar(64) not null default '', "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null);`);
    this.addSql(`create index "dibao_case_township_state_idx" on "dibao_case" ("township_code", "state", "id");`);
    this.addSql(`create index "dibao_case_household_idx" on "dibao_case" ("household_id", "id");`);

    this.addSql(`create table "relief_grant" ("id" serial primary key, "household_id" int null, "member_id" int null, "recipient_name" varchar(50) not null default '', "recipient_id_number" varchar(18) not null default '', "township_code" varchar(9) not null, "type" varchar(16) not null, "amount" double precision not null, "cause" varchar(500) not null, "grant_date" varchar(10) not null, "migrant_worker_case" boolean not null default false, "no_income_three_months" boolean not null default false, "no_unemployment_insurance" boolean not null default false, "not_on_dibao" boolean not null default false, "case_by_case" boolean not null default false, "meeting_ref" varchar(100) not null default '', "assist_first" boolean not null default false, "paperwork_due" varchar(10) null, "paperwork_done_at" varchar(10) null, "from_reserve_fund" boolean not null default true, "version" int not null default 1, "created_by" varchar(64) not null default '', "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null);`);
    this.addSql(`create index "relief_grant_township_idx" on "relief_grant" ("township_code", "id");`);
    this.addSql(`create index "relief_grant_household_idx" on "relief_grant" ("household_id", "id");`);

    this.addSql(`create table "reserve_fund" ("township_code" varchar(9) not null, "opening_balance" double precision not null default 0, "version" int not null default 1, "updated_at" timestamptz(3) not null, constraint "reserve_fund_pkey" primary key ("township_code"));`);

    this.addSql(`create table "reserve_fund_top_up" ("id" serial primary key, "township_code" varchar(9) not null, "amount" double precision not null, "note" varchar(200) not null default '', "top_up_date" varchar(10) not null, "created_by" varchar(64) not null, "created_at" timestamptz(3) not null);`);
    this.addSql(`create index "reserve_fund_top_up_township_idx" on "reserve_fund_top_up" ("township_code", "id");`);

    this.addSql(`create table "risk_referral" ("id" serial primary key, "household_id" int not null, "month" varchar(7) not null, "township_code" varchar(9) not null, "check_id" int null, "reasons" text not null, "state" varchar(16) not null default 'OPEN', "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "closed_at" timestamptz(3) null, "closed_by" varchar(120) null, "close_reason" varchar(200) null);`);
    this.addSql(`create index "risk_referral_township_idx" on "risk_referral" ("township_code", "state", "id");`);
    this.addSql(`create unique index risk_referral_open_unique on risk_referral (household_id) where state = 'OPEN';`);

    this.addSql(`create table "self_care_assessment" ("id" serial primary key, "person_id" int not null, "member_id" int not null, "batch_id" int null, "eating" boolean not null, "dressing" boolean not null, "bed" boolean not null, "toilet" boolean not null, "walking" boolean not null, "bathing" boolean not null, "result" varchar(16) not null, "assessor_org" varchar(100) not null, "stage" varchar(16) not null, "assessed_on" varchar(10) not null, "final_of" int null, "created_by" varchar(64) not null default '', "created_at" timestamptz(3) not null);`);
    this.addSql(`create index "self_care_assessment_batch_idx" on "self_care_assessment" ("batch_id", "id");`);
    this.addSql(`create index "self_care_assessment_person_idx" on "self_care_assessment" ("person_id", "id");`);

    this.addSql(`create table "spot_check_item" ("id" serial primary key, "batch_id" int not null, "assessment_id" int not null, "final_assessment_id" int null);`);
    this.addSql(`alter table "spot_check_item" add constraint "spot_check_item_unique" unique ("batch_id", "assessment_id");`);

    this.addSql(`create table "tekun_person" ("id" serial primary key, "member_id" int not null, "household_id" int not null, "township_code" varchar(9) not null, "support_mode" varchar(16) not null, "care_provider_org" varchar(100) not null, "start_date" varchar(10) not null, "state" varchar(16) not null default 'ACTIVE', "minor_clause" boolean not null default false, "coverage_end_date" varchar(10) null, "end_date" varchar(10) null, "end_reason" varchar(200) null, "version" int not null default 1, "created_by" varchar(64) not null default '', "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null);`);
    this.addSql(`create index "tekun_person_township_idx" on "tekun_person" ("township_code", "id");`);
    this.addSql(`create index "tekun_person_member_idx" on "tekun_person" ("member_id");`);
    this.addSql(`create index "tekun_person_household_idx" on "tekun_person" ("household_id", "id");`);

    this.addSql(`alter table "monthly_check" add constraint "monthly_check_household_id_foreign" foreign key ("household_id") references "household" ("id") on update no action on delete no action;`);

    this.addSql(`alter table "dibao_case" add constraint "dibao_case_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "risk_referral" add constraint "risk_referral_household_id_foreign" foreign key ("household_id") references "household" ("id") on update no action on delete no action;`);

    this.addSql(`alter table "tekun_person" add constraint "tekun_person_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "assessment_batch" cascade;`);

    this.addSql(`drop table if exists "monitoring_line" cascade;`);

    this.addSql(`drop table if exists "month_lock" cascade;`);

    this.addSql(`drop table if exists "monthly_check_correction" cascade;`);

    this.addSql(`drop table if exists "monthly_check" cascade;`);

    this.addSql(`drop table if exists "dibao_case" cascade;`);

    this.addSql(`drop table if exists "relief_grant" cascade;`);

    this.addSql(`drop table if exists "reserve_fund" cascade;`);

    this.addSql(`drop table if exists "reserve_fund_top_up" cascade;`);

    this.addSql(`drop table if exists "risk_referral" cascade;`);

    this.addSql(`drop table if exists "self_care_assessment" cascade;`);

    this.addSql(`drop table if exists "spot_check_item" cascade;`);

    this.addSql(`drop table if exists "tekun_person" cascade;`);
  }

}
