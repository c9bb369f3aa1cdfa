import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261130001011_initial as sqlite_Migration20261130001011_initial } from './sqlite/Migration20261130001011_initial.js';
import { Migration20261130001446_auth_audit as sqlite_Migration20261130001446_auth_audit } from './sqlite/Migration20261130001446_auth_audit.js';
import { Migration20261130002331_grid_undo as sqlite_Migration20261130002331_grid_undo } from './sqlite/Migration20261130002331_grid_undo.js';
import { Migration20261130004847_tasks as sqlite_Migration20261130004847_tasks } from './sqlite/Migration20261130004847_tasks.js';
import { Migration20261201144542_monitoring_assistance as sqlite_Migration20261201144542_monitoring_assistance } from './sqlite/Migration20261201144542_monitoring_assistance.js';
import { Migration20261204204110_referral_withdrawal as sqlite_Migration20261204204110_referral_withdrawal } from './sqlite/Migration20261204204110_referral_withdrawal.js';
import { Migration20261204205730_constraints as sqlite_Migration20261204205730_constraints } from './sqlite/Migration20261204205730_constraints.js';
import { Migration20261204225706_dibao_standard as sqlite_Migration20261204225706_dibao_standard } from './sqlite/Migration20261204225706_dibao_standard.js';
import { Migration20261204225812_personal_accounts as sqlite_Migration20261204225812_personal_accounts } from './sqlite/Migration20261204225812_personal_accounts.js';
import { Migration20261204230037_api_token_limits as sqlite_Migration20261204230037_api_token_limits } from './sqlite/Migration20261204230037_api_token_limits.js';
import { Migration20261204230150_household_counts as sqlite_Migration20261204230150_household_counts } from './sqlite/Migration20261204230150_household_counts.js';
import { Migration20261204230218_drop_login_throttle as sqlite_Migration20261204230218_drop_login_throttle } from './sqlite/Migration20261204230218_drop_login_throttle.js';
import { Migration20261204230345_comparison as sqlite_Migration20261204230345_comparison } from './sqlite/Migration20261204230345_comparison.js';
import { Migration20261204230350_applications as sqlite_Migration20261204230350_applications } from './sqlite/Migration20261204230350_applications.js';
import { Migration20261204230505_issue16_loops as sqlite_Migration20261204230505_issue16_loops } from './sqlite/Migration20261204230505_issue16_loops.js';
import { Migration20261205022341_webhooks as sqlite_Migration20261205022341_webhooks } from './sqlite/Migration20261205022341_webhooks.js';
import { Migration20261205060001_audit_in_flight as sqlite_Migration20261205060001_audit_in_flight } from './sqlite/Migration20261205060001_audit_in_flight.js';
import { Migration20261130001012_initial as postgresql_Migration20261130001012_initial } from './postgresql/Migration20261130001012_initial.js';
import { Migration20261130001446_auth_audit as postgresql_Migration20261130001446_auth_audit } from './postgresql/Migration20261130001446_auth_audit.js';
import { Migration20261130002331_grid_undo as postgresql_Migration20261130002331_grid_undo } from './postgresql/Migration20261130002331_grid_undo.js';
import { Migration20261130004848_tasks as postgresql_Migration20261130004848_tasks } from './postgresql/Migration20261130004848_tasks.js';
import { Migration20261201144543_monitoring_assistance as postgresql_Migration20261201144543_monitoring_assistance } from './postgresql/Migration20261201144543_monitoring_assistance.js';
import { Migration20261204204111_referral_withdrawal as postgresql_Migration20261204204111_referral_withdrawal } from './postgresql/Migration20261204204111_referral_withdrawal.js';
import { Migration20261204205731_constraints as postgresql_Migration20261204205731_constraints } from './postgresql/Migration20261204205731_constraints.js';
import { Migration20261204225706_dibao_standard as postgresql_Migration20261204225706_dibao_standard } from './postgresql/Migration20261204225706_dibao_standard.js';
import { Migration20261204225814_personal_accounts as postgresql_Migration20261204225814_personal_accounts } from './postgresql/Migration20261204225814_personal_accounts.js';
import { Migration20261204230038_api_token_limits as postgresql_Migration20261204230038_api_token_limits } from './postgresql/Migration20261204230038_api_token_limits.js';
import { Migration20261204230152_household_counts as postgresql_Migration20261204230152_household_counts } from './postgresql/Migration20261204230152_household_counts.js';
import { Migration20261204230220_drop_login_throttle as postgresql_Migration20261204230220_drop_login_throttle } from './postgresql/Migration20261204230220_drop_login_throttle.js';
import { Migration20261204230348_comparison as postgresql_Migration20261204230348_comparison } from './postgresql/Migration20261204230348_comparison.js';
import { Migration20261204230352_applications as postgresql_Migration20261204230352_applications } from './postgresql/Migration20261204230352_applications.js';
import { Migration20261204230508_issue16_loops as postgresql_Migration20261204230508_issue16_loops } from './postgresql/Migration20261204230508_issue16_loops.js';
import { Migration20261205022344_webhooks as postgresql_Migration20261205022344_webhooks } from './postgresql/Migration20261205022344_webhooks.js';
import { Migration20261205060000_audit_in_flight as postgresql_Migration20261205060000_audit_in_flight } from './postgresql/Migration20261205060000_audit_in_flight.js';

export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261130001011_initial', class: sqlite_Migration20261130001011_initial },
  { name: 'Migration20261130001446_auth_audit', class: sqlite_Migration20261130001446_auth_audit },
  { name: 'Migration20261130002331_grid_undo', class: sqlite_Migration20261130002331_grid_undo },
  { name: 'Migration20261130004847_tasks', class: sqlite_Migration20261130004847_tasks },
  { name: 'Migration20261201144542_monitoring_assistance', class: sqlite_Migration20261201144542_monitoring_assistance },
  { name: 'Migration20261204204110_referral_withdrawal', class: sqlite_Migration20261204204110_referral_withdrawal },
  { name: 'Migration20261204205730_constraints', class: sqlite_Migration20261204205730_constraints },
  { name: 'Migration20261204225706_dibao_standard', class: sqlite_Migration20261204225706_dibao_standard },
  { name: 'Migration20261204225812_personal_accounts', class: sqlite_Migration20261204225812_personal_accounts },
  { name: 'Migration20261204230037_api_token_limits', class: sqlite_Migration20261204230037_api_token_limits },
  { name: 'Migration20261204230150_household_counts', class: sqlite_Migration20261204230150_household_counts },
  { name: 'Migration20261204230218_drop_login_throttle', class: sqlite_Migration20261204230218_drop_login_throttle },
  { name: 'Migration20261204230345_comparison', class: sqlite_Migration20261204230345_comparison },
  { name: 'Migration20261204230350_applications', class: sqlite_Migration20261204230350_applications },
  { name: 'Migration20261204230505_issue16_loops', class: sqlite_Migration20261204230505_issue16_loops },
  { name: 'Migration20261205022341_webhooks', class: sqlite_Migration20261205022341_webhooks },
  { name: 'Migration20261205060001_audit_in_flight', class: sqlite_Migration20261205060001_audit_in_flight },
];

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261130001012_initial', class: postgresql_Migration20261130001012_initial },
  { name: 'Migration20261130001446_auth_audit', class: postgresql_Migration20261130001446_auth_audit },
  { name: 'Migration20261130002331_grid_undo', class: postgresql_Migration20261130002331_grid_undo },
  { name: 'Migration20261130004848_tasks', class: postgresql_Migration20261130004848_tasks },
  { name: 'Migration20261201144543_monitoring_assistance', class: postgresql_Migration20261201144543_monitoring_assistance },
  { name: 'Migration20261204204111_referral_withdrawal', class: postgresql_Migration20261204204111_referral_withdrawal },
  { name: 'Migration20261204205731_constraints', class: postgresql_Migration20261204205731_constraints },
  { name: 'Migration20261204225706_dibao_standard', class: postgresql_Migration20261204225706_dibao_standard },
  { name: 'Migration20261204225814_personal_accounts', class: postgresql_Migration20261204225814_personal_accounts },
  { name: 'Migration20261204230038_api_token_limits', class: postgresql_Migration20261204230038_api_token_limits },
  { name: 'Migration20261204230152_household_counts', class: postgresql_Migration20261204230152_household_counts },
  { name: 'Migration20261204230220_drop_login_throttle', class: postgresql_Migration20261204230220_drop_login_throttle },
  { name: 'Migration20261204230348_comparison', class: postgresql_Migration20261204230348_comparison },
  { name: 'Migration20261204230352_applications', class: postgresql_Migration20261204230352_applications },
  { name: 'Migration20261204230508_issue16_loops', class: postgresql_Migration20261204230508_issue16_loops },
  { name: 'Migration20261205022344_webhooks', class: postgresql_Migration20261205022344_webhooks },
  { name: 'Migration20261205060000_audit_in_flight', class: postgresql_Migration20261205060000_audit_in_flight },
];
