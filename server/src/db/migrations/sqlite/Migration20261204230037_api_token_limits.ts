import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230037_api_token_limits extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`api_token_usage\` (\`token_id\` integer not null, \`day\` text not null, \`requests\` integer not null default 0, \`errors\` integer not null default 0, \`limited\` integer not null default 0, primary key (\`token_id\`, \`day\`));`);

    this.addSql(`alter table \`auth_token\` add column \`rate_limit_per_minute\` integer null;`);
    this.addSql(`alter table \`auth_token\` add column \`daily_quota\` integer null;`);
  }

}
