import { Migration } from '@mikro-orm/migrations';

export class Migration20261204225814_personal_accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "updated_at" timestamptz(3) null, add column "version" int not null default 1, add column "phone" varchar(20) null, add column "must_change_password" boolean not null default false, add column "disabled_at" timestamptz(3) null;`);
    // Existing users: updated_at starts as created_at.
    this.addSql(`update "app_user" set "updated_at" = "created_at";`);
    this.addSql(`alter table "app_user" alter column "updated_at" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "updated_at", drop column "version", drop column "phone", drop column "must_change_password", drop column "disabled_at";`);
  }

}
