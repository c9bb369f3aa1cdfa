import { Migration } from '@mikro-orm/migrations';

export class Migration20261204205730_constraints extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`code_counter\` (\`name\` text not null, \`value\` bigint not null default 0, primary key (\`name\`));`);
    // The allocator also takes the highest YN code in use into account, so 0 is a safe start on a populated database.
    this.addSql(`insert into code_counter (name, value) values ('household', 0);`);

    this.addSql(`create table \`evidence_upload\` (\`id\` integer not null primary key autoincrement, \`actor\` text not null, \`file_name\` text not null, \`content_type\` text not null, \`size\` integer not null, \`sha256\` text not null, \`at\` datetime not null);`);
    this.addSql(`create index \`evidence_upload_actor_idx\` on \`evidence_upload\` (\`actor\`, \`id\`);`);

    this.addSql(`create unique index dibao_case_active_member_unique on dibao_case (member_id) where state = 'ACTIVE' and kind = 'SINGLE_PERSON';`);
    this.addSql(`create unique index dibao_case_active_household_unique on dibao_case (household_id) where state = 'ACTIVE' and kind = 'HOUSEHOLD';`);

    this.addSql(`create unique index tekun_person_active_member_unique on tekun_person (member_id) where state = 'ACTIVE';`);
  }

}
