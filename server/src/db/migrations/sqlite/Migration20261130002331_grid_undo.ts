import { Migration } from '@mikro-orm/migrations';

export class Migration20261130002331_grid_undo extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`change_set_state\` (\`id\` text not null, \`actor\` text not null, \`undone\` integer not null default false, \`current\` text not null, \`inverse\` text null, \`last_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`change_set_state_actor_idx\` on \`change_set_state\` (\`actor\`, \`last_at\`);`);

    this.addSql(`create table \`view_state\` (\`actor\` text not null, \`key\` text not null, \`state\` text not null, \`updated_at\` datetime not null, primary key (\`actor\`, \`key\`));`);
  }

}
