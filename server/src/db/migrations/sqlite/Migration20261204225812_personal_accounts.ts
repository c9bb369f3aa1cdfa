import { Migration } from '@mikro-orm/migrations';

export class Migration20261204225812_personal_accounts extends Migration {

  override async up(): Promise<void> {
    // SQLite adds a NOT NULL column only with a default, which the entity does not have: the table is rebuilt, and
    // existing users get updated_at = created_at (no foreign key points at app_user).
    this.addSql(`create table \`app_user_new\` (\`id\` integer not null primary key autoincrement, \`username\` text not null, \`display_name\` text not null default '', \`role\` text not null, \`region_code\` text null, \`unit_code\` text null, \`password_hash\` text not null, \`disabled\` integer not null default false, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`phone\` text null, \`must_change_password\` integer not null default false, \`disabled_at\` datetime null);`);
    this.addSql(`insert into \`app_user_new\` (\`id\`, \`username\`, \`display_name\`, \`role\`, \`region_code\`, \`unit_code\`, \`password_hash\`, \`disabled\`, \`created_at\`, \`updated_at\`) select \`id\`, \`username\`, \`display_name\`, \`role\`, \`region_code\`, \`unit_code\`, \`password_hash\`, \`disabled\`, \`created_at\`, \`created_at\` from \`app_user\`;`);
    this.addSql(`drop table \`app_user\`;`);
    this.addSql(`alter table \`app_user_new\` rename to \`app_user\`;`);
    this.addSql(`create unique index \`app_user_username_unique\` on \`app_user\` (\`username\`);`);
  }

}
