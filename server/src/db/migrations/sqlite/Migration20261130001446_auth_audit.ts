import { Migration } from '@mikro-orm/migrations';

export class Migration20261130001446_auth_audit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`username\` text not null, \`display_name\` text not null default '', \`role\` text not null, \`region_code\` text null, \`unit_code\` text null, \`password_hash\` text not null, \`disabled\` integer not null default false, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`app_user_username_unique\` on \`app_user\` (\`username\`);`);

    this.addSql(`create table \`audit_event\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor\` text not null, \`request_id\` text not null, \`change_set\` text null, \`action\` text not null, \`entity_type\` text not null, \`entity_id\` text not null, \`field\` text null, \`before\` text null, \`after\` text null, \`household_id\` integer null, \`region_code\` text null);`);
    this.addSql(`create index \`audit_event_household_idx\` on \`audit_event\` (\`household_id\`, \`id\`);`);
    this.addSql(`create index \`audit_event_at_idx\` on \`audit_event\` (\`at\`, \`id\`);`);
    this.addSql(`create index \`audit_event_change_set_idx\` on \`audit_event\` (\`change_set\`, \`id\`);`);
    this.addSql(`create index \`audit_event_actor_idx\` on \`audit_event\` (\`actor\`, \`id\`);`);
    this.addSql(`create index \`audit_event_entity_idx\` on \`audit_event\` (\`entity_type\`, \`entity_id\`, \`id\`);`);

    this.addSql(`create table \`auth_token\` (\`id\` integer not null primary key autoincrement, \`kind\` text not null, \`name\` text not null default '', \`token_hash\` text not null, \`user_id\` integer null, \`scopes\` text not null default '', \`region_code\` text null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`last_used_at\` datetime null, \`created_by\` text null, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`auth_token_hash_unique\` on \`auth_token\` (\`token_hash\`);`);
    this.addSql(`create index \`auth_token_user_idx\` on \`auth_token\` (\`user_id\`);`);

    this.addSql(`create table \`login_throttle\` (\`username\` text not null, \`failures\` integer not null default 0, \`last_failure_at\` datetime null, \`locked_until\` datetime null, primary key (\`username\`));`);

    this.addSql(`create table \`pii_access\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor\` text not null, \`request_id\` text not null, \`purpose\` text not null, \`entity_type\` text not null, \`entity_ids\` text not null);`);
    this.addSql(`create index \`pii_access_at_idx\` on \`pii_access\` (\`at\`, \`id\`);`);
  }

}
