import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129234906_initial as sqlite_Migration20261129234906_initial } from './sqlite/Migration20261129234906_initial.js';
import { Migration20261129234907_initial as postgresql_Migration20261129234907_initial } from './postgresql/Migration20261129234907_initial.js';

export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261129234906_initial', class: sqlite_Migration20261129234906_initial },
];

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261129234907_initial', class: postgresql_Migration20261129234907_initial },
];
