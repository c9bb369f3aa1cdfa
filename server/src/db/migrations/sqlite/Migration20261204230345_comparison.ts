import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230345_comparison extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`comparison_evidence\` (\`id\` integer not null primary key autoincrement, \`file_name\` text not null, \`content_type\` text not null, \`size\` integer not null, \`sha256\` text not null, \`at\` datetime not null, \`finding_id\` integer not null, \`created_by\` text not null);`);
    this.addSql(`create index \`comparison_evidence_finding_idx\` on \`comparison_evidence\` (\`finding_id\`, \`id\`);`);

    this.addSql(`create table \`comparison_finding\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`rule\` text not null, \`source_id\` integer not null, \`row_id\` integer not null, \`row_key\` text not null, \`id_number\` text not null, \`member_id\` integer null, \`household_id\` integer null, \`township_code\` text not null, \`region_code\` text not null default '', \`reason\` text not null, \`state\` text not null default 'OPEN', \`raised_on\` text not null, \`due_date\` text not null, \`action\` text null, \`action_ref\` text null, \`note\` text null, \`verified_by\` text null, \`verified_at\` datetime null);`);
    this.addSql(`create index \`comparison_finding_state_due_idx\` on \`comparison_finding\` (\`state\`, \`due_date\`, \`id\`);`);
    this.addSql(`create index \`comparison_finding_source_idx\` on \`comparison_finding\` (\`source_id\`, \`id\`);`);
    this.addSql(`create index \`comparison_finding_rule_key_idx\` on \`comparison_finding\` (\`rule\`, \`row_key\`);`);
    this.addSql(`create index \`comparison_finding_township_state_idx\` on \`comparison_finding\` (\`township_code\`, \`state\`, \`id\`);`);

    this.addSql(`create table \`comparison_row\` (\`id\` integer not null primary key autoincrement, \`source_id\` integer not null, \`row_no\` integer not null, \`id_number\` text not null, \`name\` text not null, \`detail\` text null, \`amount\` double null, \`status\` text null, \`grade\` text null, \`event_date\` text null, \`category\` text null, \`region_code\` text null, \`cells\` text not null, \`row_key\` text not null);`);
    this.addSql(`create index \`comparison_row_id_number_idx\` on \`comparison_row\` (\`id_number\`, \`source_id\`);`);
    this.addSql(`create index \`comparison_row_source_idx\` on \`comparison_row\` (\`source_id\`, \`id\`);`);

    this.addSql(`create table \`comparison_source\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`created_by\` text not null default '', \`kind\` text not null, \`agency\` text not null, \`as_of\` text not null, \`via\` text not null, \`row_count\` integer not null, \`duplicate_rows\` integer not null default 0, \`file_name\` text not null default '', \`file_size\` integer not null default 0, \`file_sha256\` text not null, \`superseded_at\` datetime null, \`superseded_by\` integer null, \`status\` text not null default 'LOADED', \`progress\` integer not null default 0, \`matched_rows\` integer not null default 0, \`finding_count\` integer not null default 0, \`matched_at\` datetime null);`);
    this.addSql(`create index \`comparison_source_kind_idx\` on \`comparison_source\` (\`kind\`, \`id\`);`);
  }

}
