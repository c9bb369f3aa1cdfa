import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, type Connection } from '../../common/connection.js';

// The audit trail and the record of personal-data reads: newest-first logs, read by auditors and (for the
// history of their households) by staff.

@ObjectType('AuditEvent', { simpleResolvers: true, description: '操作记录 — one changed field of one record' })
export class AuditEventNode {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'username, or token:<name> for an API token' }) actor!: string;
  @Field(() => String) requestId!: string;
  @Field(() => String, { nullable: true, description: 'the user step (paste, fill, edit) this change belongs to' }) changeSet!: string | null;
  @Field(() => String, { description: 'CREATE, UPDATE, DELETE, RESTORE or REMOVE' }) action!: string;
  @Field(() => String, { description: 'household or member' }) entityType!: string;
  @Field(() => String) entityId!: string;
  @Field(() => String, { nullable: true, description: 'the field changed (UPDATE); null for a whole-record event' }) field!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the value before' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the value after' }) after!: string | null;
  @Field(() => ID, { nullable: true }) householdId!: string | null;
  @Field(() => String, { nullable: true, description: 'UNDO or REDO: the change undid or redid an earlier step of the user; null for an ordinary change' }) step!: string | null;
}

export const AuditEventConnection = ConnectionType(AuditEventNode, 'AuditEvent');
export type AuditEventConnection = Connection<AuditEventNode>;

@InputType()
export class AuditEventWhere {
  @Field(() => String, { nullable: true }) entityType?: string;
  @Field(() => String, { nullable: true }) entityId?: string;
  @Field(() => ID, { nullable: true, description: 'events of a household and its members' }) householdId?: string;
  @Field(() => String, { nullable: true }) actor?: string;
  @Field(() => String, { nullable: true }) changeSet?: string;
  @Field(() => Date, { nullable: true }) from?: Date;
  @Field(() => Date, { nullable: true }) to?: Date;
}

@ObjectType('PiiAccessEvent', { simpleResolvers: true, description: '个人信息访问记录 — a read that returned unmasked personal data' })
export class PiiAccessNode {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String) actor!: string;
  @Field(() => String) requestId!: string;
  @Field(() => String, { description: 'query, mutation or reveal' }) purpose!: string;
  @Field(() => String) entityType!: string;
  @Field(() => [ID], { description: 'the rows whose personal data was returned' }) entityIds!: string[];
}

export const PiiAccessConnection = ConnectionType(PiiAccessNode, 'PiiAccess');
export type PiiAccessConnection = Connection<PiiAccessNode>;

@InputType()
export class PiiAccessWhere {
  @Field(() => String, { nullable: true }) actor?: string;
  @Field(() => String, { nullable: true, description: 'query, mutation or reveal' }) purpose?: string;
  @Field(() => Date, { nullable: true }) from?: Date;
  @Field(() => Date, { nullable: true }) to?: Date;
}
