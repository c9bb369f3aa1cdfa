import { Migration } from '@mikro-orm/migrations';

export class Migration20261205022341_webhooks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`webhook_attempt\` (\`id\` integer not null primary key autoincrement, \`delivery_id\` integer not null, \`attempt\` integer not null, \`at\` datetime not null, \`status_code\` integer null, \`duration_ms\` integer not null, \`error\` text null, \`response_snippet\` text null);`);
    this.addSql(`create index \`webhook_attempt_delivery_idx\` on \`webhook_attempt\` (\`delivery_id\`, \`id\`);`);

    this.addSql(`create table \`webhook_delivery\` (\`id\` integer not null primary key autoincrement, \`endpoint_id\` integer not null, \`event_id\` text not null, \`event_type\` text not null, \`entity_type\` text not null, \`entity_id\` text not null, \`region_code\` text null, \`payload\` text not null, \`occurred_at\` datetime not null, \`status\` text not null, \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`expires_at\` datetime not null, \`locked_until\` datetime null, \`last_status_code\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, \`created_at\` datetime not null);`);
    this.addSql(`create index \`webhook_delivery_occurred_idx\` on \`webhook_delivery\` (\`endpoint_id\`, \`occurred_at\`);`);
    this.addSql(`create index \`webhook_delivery_endpoint_idx\` on \`webhook_delivery\` (\`endpoint_id\`, \`id\`);`);
    this.addSql(`create index \`webhook_delivery_due_idx\` on \`webhook_delivery\` (\`status\`, \`next_attempt_at\`);`);
    this.addSql(`create unique index \`webhook_delivery_event_unique\` on \`webhook_delivery\` (\`endpoint_id\`, \`event_id\`);`);

    this.addSql(`create table \`webhook_endpoint\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`created_by\` text not null default '', \`url\` text not null, \`description\` text not null default '', \`secret\` text not null, \`event_types\` text not null, \`region_code\` text null, \`active\` integer not null default true);`);
  }

}
