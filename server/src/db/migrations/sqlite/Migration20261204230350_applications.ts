import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230350_applications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`application_file\` (\`id\` integer not null primary key autoincrement, \`file_name\` text not null, \`content_type\` text not null, \`size\` integer not null, \`sha256\` text not null, \`at\` datetime not null, \`application_id\` integer not null, \`step_id\` integer null, \`part\` text not null, \`created_by\` text not null);`);
    this.addSql(`create index \`application_file_app_idx\` on \`application_file\` (\`application_id\`, \`id\`);`);

    this.addSql(`create table \`application_objection\` (\`id\` integer not null primary key autoincrement, \`application_id\` integer not null, \`received_on\` text not null, \`objector\` text not null, \`content\` text not null, \`answer\` text null, \`answered_on\` text null, \`answered_by\` text null, \`created_by\` text not null, \`created_at\` datetime not null);`);
    this.addSql(`create index \`application_objection_app_idx\` on \`application_objection\` (\`application_id\`, \`id\`);`);

    this.addSql(`create table \`application_step\` (\`id\` integer not null primary key autoincrement, \`application_id\` integer not null, \`step\` text not null, \`date\` text not null, \`people\` text not null, \`result\` text not null, \`income_per_capita\` double null, \`asset_flags\` text null, \`data_sources\` text null, \`passed\` integer null, \`notice_days\` integer null, \`place\` text null, \`created_by\` text not null, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`application_step_unique\` on \`application_step\` (\`application_id\`, \`step\`);`);

    this.addSql(`create table \`assistance_application\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`created_by\` text not null default '', \`kind\` text not null, \`household_id\` integer not null, \`member_id\` integer null, \`single_person\` integer not null default false, \`depends_on_family\` integer not null default false, \`township_code\` text not null, \`applicant_name\` text not null, \`applied_on\` text not null, \`reasons\` text not null default '', \`statement\` text not null default '', \`stage\` text not null default 'ECONOMIC_CHECK', \`due_date\` text not null, \`income_per_capita\` double null, \`notice_start\` text null, \`notice_days\` integer null, \`notice_end\` text null, \`open_objections\` integer not null default 0, \`decided_on\` text null, \`decided_by\` text null, \`approved\` integer null, \`amount\` double null, \`start_month\` text null, \`support_mode\` text null, \`care_provider_org\` text null, \`reject_reason\` text null, \`dibao_case_id\` integer null, \`tekun_person_id\` integer null, \`imported\` integer not null default false, constraint \`assistance_application_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`assistance_application_household_id_index\` on \`assistance_application\` (\`household_id\`);`);
    this.addSql(`create index \`assistance_application_household_idx\` on \`assistance_application\` (\`household_id\`, \`id\`);`);
    this.addSql(`create index \`assistance_application_township_idx\` on \`assistance_application\` (\`township_code\`, \`stage\`, \`id\`);`);
  }

}
