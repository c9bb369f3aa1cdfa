import { Migration } from '@mikro-orm/migrations';

export class Migration20261204225706_dibao_standard extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`dibao_standard\` (\`year\` integer not null, \`area\` text not null, \`amount\` double not null, \`demo\` integer not null default false, \`updated_at\` datetime not null, \`updated_by\` text not null default 'system', primary key (\`year\`, \`area\`));`);
  }

}
