import { Migration } from '@mikro-orm/migrations';

export class Migration20261204205731_constraints extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "code_counter" ("name" varchar(40) not null, "value" bigint not null default 0, constraint "code_counter_pkey" primary key ("name"));`);
    // The allocator also takes the highest YN code in use into account, so 0 is a safe start on a populated database.
    this.addSql(`insert into code_counter (name, value) values ('household', 0);`);

    this.addSql(`create table "evidence_upload" ("id" serial primary key, "actor" varchar(120) not null, "file_name" varchar(255) not null, "content_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "at" timestamptz(3) not null);`);
    this.addSql(`create index "evidence_upload_actor_idx" on "evidence_upload" ("actor", "id");`);

    this.addSql(`create unique index dibao_case_active_member_unique on dibao_case (member_id) where state = 'ACTIVE' and kind = 'SINGLE_PERSON';`);
    this.addSql(`create unique index dibao_case_active_household_unique on dibao_case (household_id) where state = 'ACTIVE' and kind = 'HOUSEHOLD';`);

    this.addSql(`create unique index tekun_person_active_member_unique on tekun_person (member_id) where state = 'ACTIVE';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "code_counter" cascade;`);

    this.addSql(`drop table if exists "evidence_upload" cascade;`);

    this.addSql(`drop index "dibao_case_active_member_unique";`);
    this.addSql(`drop index "dibao_case_active_household_unique";`);

    this.addSql(`drop index "tekun_person_active_member_unique";`);
  }

}
