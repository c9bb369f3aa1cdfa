import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230218_drop_login_throttle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop table if exists \`login_throttle\`;`);
  }

}
