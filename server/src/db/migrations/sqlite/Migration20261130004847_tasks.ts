import { Migration } from '@mikro-orm/migrations';

export class Migration20261130004847_tasks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`plan\` (\`id\` integer not null primary key autoincrement, \`document_number\` text not null, \`title\` text not null, \`issuer\` text not null, \`issued_on\` text not null, \`created_at\` datetime not null, \`created_by\` text not null default 'system');`);
    this.addSql(`create unique index \`plan_document_number_unique\` on \`plan\` (\`document_number\`);`);

    this.addSql(`create table \`measure\` (\`id\` integer not null primary key autoincrement, \`plan_id\` integer not null, \`no\` integer not null, \`group_no\` integer not null, \`group_title\` text not null, \`title\` text not null, \`content\` text not null, \`units\` text not null, \`deadline\` text null, \`deadline_text\` text not null, \`recurrence\` text not null, constraint \`measure_plan_id_foreign\` foreign key(\`plan_id\`) references \`plan\`(\`id\`) on delete no action on update no action);`);
    this.addSql(`create index \`measure_plan_id_index\` on \`measure\` (\`plan_id\`);`);
    this.addSql(`create unique index \`measure_plan_no_unique\` on \`measure\` (\`plan_id\`, \`no\`);`);

    this.addSql(`create table \`responsible_unit\` (\`code\` text not null, \`name\` text not null, \`kind\` text not null, \`sort_order\` integer not null, \`aliases\` text not null default '', primary key (\`code\`));`);
    this.addSql(`create index \`responsible_unit_sort_idx\` on \`responsible_unit\` (\`sort_order\`, \`code\`);`);

    this.addSql(`create table \`assignment\` (\`id\` integer not null primary key autoincrement, \`measure_id\` integer not null, \`unit_code\` text not null, \`status\` text not null default 'NOT_STARTED', \`version\` integer not null default 1, \`rejection_count\` integer not null default 0, \`notice_event_id\` integer null, \`last_report_at\` datetime null, \`closed_at\` datetime null, \`closed_by\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`assignment_measure_id_foreign\` foreign key(\`measure_id\`) references \`measure\`(\`id\`) on delete no action on update no action, constraint \`assignment_unit_code_foreign\` foreign key(\`unit_code\`) references \`responsible_unit\`(\`code\`) on delete no action on update no action);`);
    this.addSql(`create index \`assignment_measure_id_index\` on \`assignment\` (\`measure_id\`);`);
    this.addSql(`create index \`assignment_unit_code_index\` on \`assignment\` (\`unit_code\`);`);
    this.addSql(`create index \`assignment_status_idx\` on \`assignment\` (\`status\`, \`id\`);`);
    this.addSql(`create index \`assignment_unit_idx\` on \`assignment\` (\`unit_code\`, \`id\`);`);
    this.addSql(`create unique index \`assignment_measure_unit_unique\` on \`assignment\` (\`measure_id\`, \`unit_code\`);`);

    this.addSql(`create table \`progress_report\` (\`id\` integer not null primary key autoincrement, \`assignment_id\` integer not null, \`period\` text not null, \`text\` text not null, \`reporter\` text not null, \`at\` datetime not null, constraint \`progress_report_assignment_id_foreign\` foreign key(\`assignment_id\`) references \`assignment\`(\`id\`) on delete no action on update no action);`);
    this.addSql(`create index \`progress_report_assignment_id_index\` on \`progress_report\` (\`assignment_id\`);`);
    this.addSql(`create index \`progress_report_assignment_idx\` on \`progress_report\` (\`assignment_id\`, \`id\`);`);

    this.addSql(`create table \`evidence_file\` (\`id\` integer not null primary key autoincrement, \`report_id\` integer not null, \`file_name\` text not null, \`content_type\` text not null, \`size\` integer not null, \`sha256\` text not null, \`at\` datetime not null, constraint \`evidence_file_report_id_foreign\` foreign key(\`report_id\`) references \`progress_report\`(\`id\`) on delete no action on update no action);`);
    this.addSql(`create index \`evidence_file_report_id_index\` on \`evidence_file\` (\`report_id\`);`);
    this.addSql(`create index \`evidence_file_report_idx\` on \`evidence_file\` (\`report_id\`, \`id\`);`);

    this.addSql(`create table \`assignment_event\` (\`id\` integer not null primary key autoincrement, \`assignment_id\` integer not null, \`kind\` text not null, \`at\` datetime not null, \`actor\` text not null, \`text\` text null, \`from_status\` text null, \`to_status\` text null, \`report_id\` integer null, constraint \`assignment_event_assignment_id_foreign\` foreign key(\`assignment_id\`) references \`assignment\`(\`id\`) on delete no action on update no action);`);
    this.addSql(`create index \`assignment_event_assignment_id_index\` on \`assignment_event\` (\`assignment_id\`);`);
    this.addSql(`create index \`assignment_event_assignment_idx\` on \`assignment_event\` (\`assignment_id\`, \`id\`);`);
  }

}
