import { Migration } from '@mikro-orm/migrations';

export class Migration20261204204111_referral_withdrawal extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "risk_referral" add column "opened_month" varchar(7) null, add column "reopened_household" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "risk_referral" drop column "opened_month", drop column "reopened_household";`);
  }

}
