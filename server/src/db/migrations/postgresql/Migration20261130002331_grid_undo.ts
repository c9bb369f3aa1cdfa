import { Migration } from '@mikro-orm/migrations';

export class Migration20261130002331_grid_undo extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "change_set_state" ("id" varchar(64) not null, "actor" varchar(120) not null, "undone" boolean not null default false, "current" varchar(64) not null, "inverse" varchar(64) null, "last_at" timestamptz(3) not null, constraint "change_set_state_pkey" primary key ("id"));`);
    this.addSql(`create index "change_set_state_actor_idx" on "change_set_state" ("actor", "last_at");`);

    this.addSql(`create table "view_state" ("actor" varchar(120) not null, "key" varchar(120) not null, "state" text not null, "updated_at" timestamptz(3) not null, constraint "view_state_pkey" primary key ("actor", "key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "change_set_state" cascade;`);

    this.addSql(`drop table if exists "view_state" cascade;`);
  }

}
