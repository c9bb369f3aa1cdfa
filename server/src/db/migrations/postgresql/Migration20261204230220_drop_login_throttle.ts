import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230220_drop_login_throttle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop table if exists "login_throttle" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "login_throttle" ("username" varchar(64) not null, "failures" int4 not null default 0, "last_failure_at" timestamptz(3) null, "locked_until" timestamptz(3) null, constraint "login_throttle_pkey" primary key ("username"));`);
  }

}
