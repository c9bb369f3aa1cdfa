import { Migration } from '@mikro-orm/migrations';

export class Migration20261205022344_webhooks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "webhook_attempt" ("id" serial primary key, "delivery_id" int not null, "attempt" int not null, "at" timestamptz(3) not null, "status_code" int null, "duration_ms" int not null, "error" varchar(300) null, "response_snippet" varchar(300) null);`);
    this.addSql(`create index "webhook_attempt_delivery_idx" on "webhook_attempt" ("delivery_id", "id");`);

    this.addSql(`create table "webhook_delivery" ("id" serial primary key, "endpoint_id" int not null, "event_id" varchar(36) not null, "event_type" varchar(48) not null, "entity_type" varchar(32) not null, "entity_id" varchar(32) not null, "region_code" varchar(12) null, "payload" text not null, "occurred_at" timestamptz(3) not null, "status" varchar(16) not null, "attempts" int not null default 0, "next_attempt_at" timestamptz(3) not null, "expires_at" timestamptz(3) not null, "locked_until" timestamptz(3) null, "last_status_code" int null, "last_error" varchar(300) null, "delivered_at" timestamptz(3) null, "created_at" timestamptz(3) not null);`);
    this.addSql(`create index "webhook_delivery_occurred_idx" on "webhook_delivery" ("endpoint_id", "occurred_at");`);
    this.addSql(`create index "webhook_delivery_endpoint_idx" on "webhook_delivery" ("endpoint_id", "id");`);
    this.addSql(`create index "webhook_delivery_due_idx" on "webhook_delivery" ("status", "next_attempt_at");`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_event_unique" unique ("endpoint_id", "event_id");`);

    this.addSql(`create table "webhook_endpoint" ("id" serial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "version" int not null default 1, "created_by" varchar(64) not null default '', "url" varchar(500) not null, "description" varchar(100) not null default '', "secret" varchar(200) not null, "event_types" varchar(500) not null, "region_code" varchar(12) null, "active" boolean not null default true);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_attempt" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
  }

}
