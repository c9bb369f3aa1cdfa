import { Migration } from '@mikro-orm/migrations';

export class Migration20261204204110_referral_withdrawal extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`risk_referral\` add column \`opened_month\` text null;`);
    this.addSql(`alter table \`risk_referral\` add column \`reopened_household\` integer not null default false;`);
  }

}
