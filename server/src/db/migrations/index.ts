import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261130001011_initial as sqlite_Migration20261130001011_initial } from './sqlite/Migration20261130001011_initial.js';
import { Migration20261130001446_auth_audit as sqlite_Migration20261130001446_auth_audit } from './sqlite/Migration20261130001446_auth_audit.js';
import { Migration20261130002331_grid_undo as sqlite_Migration20261130002331_grid_undo } from './sqlite/Migration20261130002331_grid_undo.js';
import { Migration20261130004847_tasks as sqlite_Migration20261130004847_tasks } from './sqlite/Migration20261130004847_tasks.js';
import { Migration20261201144542_monitoring_assistance as sqlite_Migration20261201144542_monitoring_assistance } from './sqlite/Migration20261201144542_monitoring_assistance.js';
import { Migration20261204204110_referral_withdrawal as sqlite_Migration20261204204110_referral_withdrawal } from './sqlite/Migration20261204204110_referral_withdrawal.js';
import { Migration20261204205730_constraints as sqlite_Migration20261204205730_constraints } from './sqlite/Migration20261204205730_constraints.js';
import { Migration20261204225812_personal_accounts as sqlite_Migration20261204225812_personal_accounts } from './sqlite/Migration20261204225812_personal_accounts.js';
import { Migration20261130001012_initial as postgresql_Migration20261130001012_initial } from './postgresql/Migration20261130001012_initial.js';
import { Migration20261130001446_auth_audit as postgresql_Migration20261130001446_auth_audit } from './postgresql/Migration20261130001446_auth_audit.js';
import { Migration20261130002331_grid_undo as postgresql_Migration20261130002331_grid_undo } from './postgresql/Migration20261130002331_grid_undo.js';
import { Migration20261130004848_tasks as postgresql_Migration20261130004848_tasks } from './postgresql/Migration20261130004848_tasks.js';
import { Migration20261201144543_monitoring_assistance as postgresql_Migration20261201144543_monitoring_assistance } from './postgresql/Migration20261201144543_monitoring_assistance.js';
import { Migration20261204204111_referral_withdrawal as postgresql_Migration20261204204111_referral_withdrawal } from './postgresql/Migration20261204204111_referral_withdrawal.js';
import { Migration20261204205731_constraints as postgresql_Migration20261204205731_constraints } from './postgresql/Migration20261204205731_constraints.js';
import { Migration20261204225814_personal_accounts as postgresql_Migration20261204225814_personal_accounts } from './postgresql/Migration20261204225814_personal_accounts.js';

export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261130001011_initial', class: sqlite_Migration20261130001011_initial },
  { name: 'Migration20261130001446_auth_audit', class: sqlite_Migration20261130001446_auth_audit },
  { name: 'Migration20261130002331_grid_undo', class: sqlite_Migration20261130002331_grid_undo },
  { name: 'Migration20261130004847_tasks', class: sqlite_Migration20261130004847_tasks },
  { name: 'Migration20261201144542_monitoring_assistance', class: sqlite_Migration20261201144542_monitoring_assistance },
  { name: 'Migration20261204204110_referral_withdrawal', class: sqlite_Migration20261204204110_referral_withdrawal },
  { name: 'Migration20261204205730_constraints', class: sqlite_Migration20261204205730_constraints },
  { name: 'Migration20261204225812_personal_accounts', class: sqlite_Migration20261204225812_personal_accounts },
];

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261130001012_initial', class: postgresql_Migration20261130001012_initial },
  { name: 'Migration20261130001446_auth_audit', class: postgresql_Migration20261130001446_auth_audit },
  { name: 'Migration20261130002331_grid_undo', class: postgresql_Migration20261130002331_grid_undo },
  { name: 'Migration20261130004848_tasks', class: postgresql_Migration20261130004848_tasks },
  { name: 'Migration20261201144543_monitoring_assistance', class: postgresql_Migration20261201144543_monitoring_assistance },
  { name: 'Migration20261204204111_referral_withdrawal', class: postgresql_Migration20261204204111_referral_withdrawal },
  { name: 'Migration20261204205731_constraints', class: postgresql_Migration20261204205731_constraints },
  { name: 'Migration20261204225814_personal_accounts', class: postgresql_Migration20261204225814_personal_accounts },
];
