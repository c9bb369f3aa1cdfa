import { Migration } from '@mikro-orm/migrations';

/**
 * The PostgreSQL migration of the same name adds the in-flight lock on audit inserts (events/in-flight.ts). SQLite
 * runs one writing transaction at a time, so audit ids commit in order there: nothing to add.
 */
export class Migration20261205060001_audit_in_flight extends Migration {

  override async up(): Promise<void> {
    // Nothing on SQLite (see above).
  }

}
