import { Migration } from '@mikro-orm/migrations';

export class Migration20261201144542_monitoring_assistance extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`assessment_batch\` (\`id\` integer not null primary key autoincrement, \`township_code\` text not null, \`name\` text not null, \`state\` text not null default 'OPEN', \`spot_check_seed\` text null, \`spot_check_drawn_at\` datetime null, \`spot_check_drawn_by\` text null, \`sample_size\` integer not null default 0, \`finalised_at\` datetime null, \`version\` integer not null default 1, \`created_by\` text not null default '', \`created_at\` datetime not null);`);
    this.addSql(`create index \`assessment_batch_township_idx\` on \`assessment_batch\` (\`township_code\`, \`id\`);`);

    this.addSql(`create table \`monitoring_line\` (\`year\` integer not null, \`amount\` double not null, \`updated_at\` datetime not null, \`updated_by\` text not null default 'system', primary key (\`year\`));`);

    this.addSql(`create table \`month_lock\` (\`id\` integer not null primary key autoincrement, \`township_code\` text not null, \`month\` text not null, \`locked_at\` datetime not null, \`locked_by\` text not null, \`locked_count\` integer not null default 0);`);
    this.addSql(`create unique index \`month_lock_township_month_unique\` on \`month_lock\` (\`township_code\`, \`month\`);`);

    this.addSql(`create table \`monthly_check_correction\` (\`id\` integer not null primary key autoincrement, \`check_id\` integer not null, \`household_id\` integer not null, \`month\` text not null, \`township_code\` text not null, \`actor\` text not null, \`at\` datetime not null, \`reason\` text not null, \`before\` text not null, \`after\` text not null);`);
    this.addSql(`create index \`monthly_check_correction_check_idx\` on \`monthly_check_correction\` (\`check_id\`, \`id\`);`);

    this.addSql(`create table \`monthly_check\` (\`id\` integer not null primary key autoincrement, \`household_id\` integer not null, \`month\` text not null, \`township_code\` text not null, \`visit_date\` text not null default '', \`visitor\` text not null default '', \`income_wages\` double null, \`income_business\` double null, \`income_property\` double null, \`income_transfer\` double null, \`income_total\` double null, \`spending_medical\` double null, \`spending_schooling\` double null, \`food_ok\` integer null, \`clothing_ok\` integer null, \`schooling_ok\` integer null, \`medical_insurance_ok\` integer null, \`housing_grade\` text not null default '', \`water_ok\` integer null, \`risk_found\` integer not null default false, \`risk_types\` text not null default '', \`measures\` text not null default '', \`remarks\` text not null default '', \`at_risk\` integer not null default false, \`state\` text not null default 'DRAFT', \`version\` integer not null default 1, \`submitted_at\` datetime null, \`submitted_by\` text null, \`locked_at\` datetime null, \`locked_by\` text null, \`created_by\` text not null default '', \`updated_by\` text not null default '', \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`monthly_check_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete no action on update no action);`);
    this.addSql(`create index \`monthly_check_household_id_index\` on \`monthly_check\` (\`household_id\`);`);
    this.addSql(`create index \`monthly_check_month_township_idx\` on \`monthly_check\` (\`month\`, \`township_code\`, \`state\`);`);
    this.addSql(`create unique index \`monthly_check_household_month_unique\` on \`monthly_check\` (\`household_id\`, \`month\`);`);

    this.addSql(`create table \`dibao_case\` (\`id\` integer not null primary key autoincrement, \`household_id\` integer not null, \`member_id\` integer null, \`kind\` text not null, \`township_code\` text not null, \`state\` text not null default 'ACTIVE', \`start_date\` text not null, \`monthly_amount\` double not null default 0, \`exit_start_date\` text null, \`notice_date\` text null, \`notice_ref\` text null, \`exit_end_date\` text null, \`end_date\` text null, \`end_reason\` text null, \`remarks\` text not null default '', \`version\` integer not null default 1, \`created_by\` text not null default '', \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`dibao_case_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`dibao_case_household_id_index\` on \`dibao_case\` (\`household_id\`);`);
    this.addSql(`create index \`dibao_case_township_state_idx\` on \`dibao_case\` (\`township_code\`, \`state\`, \`id\`);`);
    this.addSql(`create index \`dibao_case_household_idx\` on \`dibao_case\` (\`household_id\`, \`id\`);`);

    this.addSql(`create table \`relief_grant\` (\`id\` integer not null primary key autoincrement, \`household_id\` integer null, \`member_id\` integer null, \`recipient_name\` text not null default '', \`recipient_id_number\` text not null default '', \`township_code\` text not null, \`type\` text not null, \`amount\` double not null, \`cause\` text not null, \`grant_date\` text not null, \`migrant_worker_case\` integer not null default false, \`no_income_three_months\` integer not null default false, \`no_unemployment_insurance\` integer not null default false, \`not_on_dibao\` integer not null default false, \`case_by_case\` integer not null default false, \`meeting_ref\` text not null default '', \`assist_first\` integer not null default false, \`paperwork_due\` text null, \`paperwork_done_at\` text null, \`from_reserve_fund\` integer not null default true, \`version\` integer not null default 1, \`created_by\` text not null default '', \`created_at\` datetime not null, \`updated_at\` datetime not null);`);
    this.addSql(`create index \`relief_grant_township_idx\` on \`relief_grant\` (\`township_code\`, \`id\`);`);
    this.addSql(`create index \`relief_grant_household_idx\` on \`relief_grant\` (\`household_id\`, \`id\`);`);

    this.addSql(`create table \`reserve_fund\` (\`township_code\` text not null, \`opening_balance\` double not null default 0, \`version\` integer not null default 1, \`updated_at\` datetime not null, primary key (\`township_code\`));`);

    this.addSql(`create table \`reserve_fund_top_up\` (\`id\` integer not null primary key autoincrement, \`township_code\` text not null, \`amount\` double not null, \`note\` text not null default '', \`top_up_date\` text not null, \`created_by\` text not null, \`created_at\` datetime not null);`);
    this.addSql(`create index \`reserve_fund_top_up_township_idx\` on \`reserve_fund_top_up\` (\`township_code\`, \`id\`);`);

    this.addSql(`create table \`risk_referral\` (\`id\` integer not null primary key autoincrement, \`household_id\` integer not null, \`month\` text not null, \`township_code\` text not null, \`check_id\` integer null, \`reasons\` text not null, \`state\` text not null default 'OPEN', \`created_at\` datetime not null, \`updated_at\` datetime not null, \`closed_at\` datetime null, \`closed_by\` text null, \`close_reason\` text null, constraint \`risk_referral_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete no action on update no action);`);
    this.addSql(`create index \`risk_referral_household_id_index\` on \`risk_referral\` (\`household_id\`);`);
    this.addSql(`create index \`risk_referral_township_idx\` on \`risk_referral\` (\`township_code\`, \`state\`, \`id\`);`);
    this.addSql(`create unique index risk_referral_open_unique on risk_referral (household_id) where state = 'OPEN';`);

    this.addSql(`create table \`self_care_assessment\` (\`id\` integer not null primary key autoincrement, \`person_id\` integer not null, \`member_id\` integer not null, \`batch_id\` integer null, \`eating\` integer not null, \`dressing\` integer not null, \`bed\` integer not null, \`toilet\` integer not null, \`walking\` integer not null, \`bathing\` integer not null, \`result\` text not null, \`assessor_org\` text not null, \`stage\` text not null, \`assessed_on\` text not null, \`final_of\` integer null, \`created_by\` text not null default '', \`created_at\` datetime not null);`);
    this.addSql(`create index \`self_care_assessment_batch_idx\` on \`self_care_assessment\` (\`batch_id\`, \`id\`);`);
    this.addSql(`create index \`self_care_assessment_person_idx\` on \`self_care_assessment\` (\`person_id\`, \`id\`);`);

    this.addSql(`create table \`spot_check_item\` (\`id\` integer not null primary key autoincrement, \`batch_id\` integer not null, \`assessment_id\` integer not null, \`final_assessment_id\` integer null);`);
    this.addSql(`create unique index \`spot_check_item_unique\` on \`spot_check_item\` (\`batch_id\`, \`assessment_id\`);`);

    this.addSql(`create table \`tekun_person\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer not null, \`household_id\` integer not null, \`township_code\` text not null, \`support_mode\` text not null, \`care_provider_org\` text not null, \`start_date\` text not null, \`state\` text not null default 'ACTIVE', \`minor_clause\` integer not null default false, \`coverage_end_date\` text null, \`end_date\` text null, \`end_reason\` text null, \`version\` integer not null default 1, \`created_by\` text not null default '', \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`tekun_person_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`tekun_person_household_id_index\` on \`tekun_person\` (\`household_id\`);`);
    this.addSql(`create index \`tekun_person_township_idx\` on \`tekun_person\` (\`township_code\`, \`id\`);`);
    this.addSql(`create index \`tekun_person_member_idx\` on \`tekun_person\` (\`member_id\`);`);
    this.addSql(`create index \`tekun_person_household_idx\` on \`tekun_person\` (\`household_id\`, \`id\`);`);
  }

}
