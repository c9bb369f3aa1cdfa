import { Migration } from '@mikro-orm/migrations';

export class Migration20261204225706_dibao_standard extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "dibao_standard" ("year" int not null, "area" varchar(8) not null, "amount" double precision not null, "demo" boolean not null default false, "updated_at" timestamptz(3) not null, "updated_by" varchar(120) not null default 'system', constraint "dibao_standard_pkey" primary key ("year", "area"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dibao_standard" cascade;`);
  }

}
