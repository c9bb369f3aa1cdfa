import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230038_api_token_limits extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_token_usage" ("token_id" int not null, "day" varchar(10) not null, "requests" int not null default 0, "errors" int not null default 0, "limited" int not null default 0, constraint "api_token_usage_pkey" primary key ("token_id", "day"));`);

    this.addSql(`alter table "auth_token" add column "rate_limit_per_minute" int null, add column "daily_quota" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_token_usage" cascade;`);

    this.addSql(`alter table "auth_token" drop column "rate_limit_per_minute", drop column "daily_quota";`);
  }

}
