import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230505_issue16_loops extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`care_agreement\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`created_by\` text not null default '', \`person_id\` integer not null, \`township_code\` text not null, \`carer_kind\` text not null, \`carer_name\` text not null, \`carer_phone\` text not null default '', \`start_date\` text not null, \`end_date\` text not null, \`signed_on\` text not null, \`duties\` text not null);`);
    this.addSql(`create index \`care_agreement_person_idx\` on \`care_agreement\` (\`person_id\`, \`start_date\`);`);

    this.addSql(`create table \`care_visit\` (\`id\` integer not null primary key autoincrement, \`person_id\` integer not null, \`township_code\` text not null, \`visit_date\` text not null, \`visitor\` text not null, \`condition\` text not null, \`problems\` text not null default '', \`help_arranged\` text not null default '', \`created_by\` text not null default '', \`created_at\` datetime not null);`);
    this.addSql(`create index \`care_visit_person_idx\` on \`care_visit\` (\`person_id\`, \`visit_date\`);`);

    this.addSql(`create table \`subsidy_payment\` (\`id\` integer not null primary key autoincrement, \`run_id\` integer not null, \`member_id\` integer null, \`household_id\` integer null, \`township_code\` text not null, \`region_code\` text not null, \`name\` text not null, \`id_number\` text not null, \`groups\` text not null, \`amount\` double not null);`);
    this.addSql(`create index \`subsidy_payment_run_township_idx\` on \`subsidy_payment\` (\`run_id\`, \`township_code\`, \`id\`);`);
    this.addSql(`create unique index \`subsidy_payment_person_unique\` on \`subsidy_payment\` (\`run_id\`, \`id_number\`);`);

    this.addSql(`create table \`subsidy_run\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`created_by\` text not null default '', \`month\` text not null, \`title\` text not null, \`amount_per_person\` double not null, \`groups\` text not null, \`note\` text not null default '', \`person_count\` integer not null default 0, \`total_amount\` double not null default 0);`);
    this.addSql(`create unique index \`subsidy_run_month_unique\` on \`subsidy_run\` (\`month\`);`);

    this.addSql(`create table \`tekun_support_change\` (\`id\` integer not null primary key autoincrement, \`person_id\` integer not null, \`from_mode\` text not null, \`to_mode\` text not null, \`changed_on\` text not null, \`reason\` text not null, \`created_by\` text not null default '', \`created_at\` datetime not null);`);
    this.addSql(`create index \`tekun_support_change_person_idx\` on \`tekun_support_change\` (\`person_id\`, \`id\`);`);

    this.addSql(`alter table \`relief_grant\` add column \`approval\` text not null default 'NONE';`);
    this.addSql(`alter table \`relief_grant\` add column \`decided_by\` text null;`);
    this.addSql(`alter table \`relief_grant\` add column \`decided_on\` text null;`);
    this.addSql(`alter table \`relief_grant\` add column \`decision_note\` text null;`);

    this.addSql(`drop index \`risk_referral_open_unique\`;`);

    this.addSql(`alter table \`risk_referral\` add column \`owner\` text null;`);
    this.addSql(`alter table \`risk_referral\` add column \`helper\` text null;`);
    this.addSql(`alter table \`risk_referral\` add column \`due_date\` text null;`);
    this.addSql(`alter table \`risk_referral\` add column \`assigned_at\` text null;`);
    this.addSql(`alter table \`risk_referral\` add column \`started_at\` text null;`);
    this.addSql(`alter table \`risk_referral\` add column \`assistance_kind\` text null;`);
    this.addSql(`alter table \`risk_referral\` add column \`assistance_ref\` text null;`);
    this.addSql(`alter table \`risk_referral\` add column \`assistance_note\` text null;`);
    this.addSql(`alter table \`risk_referral\` add column \`close_kind\` text null;`);
    this.addSql(`alter table \`risk_referral\` add column \`version\` integer not null default 1;`);
    this.addSql(`create unique index risk_referral_active_unique on risk_referral (household_id) where state in ('OPEN', 'ASSIGNED', 'ASSISTING');`);
    // Referrals opened before the loop: help was due 7 days (the default) after the opening, in China time.
    this.addSql(`update \`risk_referral\` set \`due_date\` = case when typeof(\`created_at\`) in ('integer', 'real') then date(\`created_at\` / 1000 + 8 * 3600 + 7 * 86400, 'unixepoch') else date(\`created_at\`, '+8 hours', '+7 days') end where \`due_date\` is null;`);

    this.addSql(`alter table \`tekun_person\` add column \`central_care_wish\` integer null;`);
    this.addSql(`alter table \`tekun_person\` add column \`central_care_asked_on\` text null;`);
  }

}
