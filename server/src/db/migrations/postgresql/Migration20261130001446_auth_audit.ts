import { Migration } from '@mikro-orm/migrations';

export class Migration20261130001446_auth_audit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "app_user" ("id" serial primary key, "username" varchar(64) not null, "display_name" varchar(64) not null default '', "role" varchar(32) not null, "region_code" varchar(12) null, "unit_code" varchar(32) null, "password_hash" varchar(255) not null, "disabled" boolean not null default false, "created_at" timestamptz(3) not null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "audit_event" ("id" serial primary key, "at" timestamptz(3) not null, "actor" varchar(120) not null, "request_id" varchar(64) not null, "change_set" varchar(64) null, "action" varchar(16) not null, "entity_type" varchar(32) not null, "entity_id" varchar(32) not null, "field" varchar(64) null, "before" text null, "after" text null, "household_id" int null, "region_code" varchar(12) null);`);
    this.addSql(`create index "audit_event_household_idx" on "audit_event" ("household_id", "id");`);
    this.addSql(`create index "audit_event_at_idx" on "audit_event" ("at", "id");`);
    this.addSql(`create index "audit_event_change_set_idx" on "audit_event" ("change_set", "id");`);
    this.addSql(`create index "audit_event_actor_idx" on "audit_event" ("actor", "id");`);
    this.addSql(`create index "audit_event_entity_idx" on "audit_event" ("entity_type", "entity_id", "id");`);

    this.addSql(`create table "auth_token" ("id" serial primary key, "kind" varchar(16) not null, "name" varchar(100) not null default '', "token_hash" varchar(64) not null, "user_id" int null, "scopes" varchar(255) not null default '', "region_code" varchar(12) null, "expires_at" timestamptz(3) not null, "revoked_at" timestamptz(3) null, "last_used_at" timestamptz(3) null, "created_by" varchar(64) null, "created_at" timestamptz(3) not null);`);
    this.addSql(`alter table "auth_token" add constraint "auth_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "auth_token_user_idx" on "auth_token" ("user_id");`);

    this.addSql(`create table "login_throttle" ("username" varchar(64) not null, "failures" int not null default 0, "last_failure_at" timestamptz(3) null, "locked_until" timestamptz(3) null, constraint "login_throttle_pkey" primary key ("username"));`);

    this.addSql(`create table "pii_access" ("id" serial primary key, "at" timestamptz(3) not null, "actor" varchar(120) not null, "request_id" varchar(64) not null, "purpose" varchar(32) not null, "entity_type" varchar(32) not null, "entity_ids" text not null);`);
    this.addSql(`create index "pii_access_at_idx" on "pii_access" ("at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "auth_token" cascade;`);

    this.addSql(`drop table if exists "login_throttle" cascade;`);

    this.addSql(`drop table if exists "pii_access" cascade;`);
  }

}
