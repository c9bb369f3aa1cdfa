import { Migration } from '@mikro-orm/migrations';

export class Migration20261204202817_referral_opened_month extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`risk_referral\` add column \`opened_month\` text null;`);
  }

}
