import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, type Connection } from '../../common/connection.js';

// Personal accounts (issue 14): the administrator's view of users, and a user's own sessions.

@ObjectType('UserAccount', { simpleResolvers: true, description: '用户账号 — a person who signs in (the administrator\'s view)' })
export class UserAccountNode {
  @Field(() => ID) id!: string;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { description: 'ADMIN, COUNTY_STAFF, TOWNSHIP_STAFF, UNIT_REPORTER, LEADERSHIP_OFFICE or AUDITOR' }) role!: string;
  @Field(() => String, { nullable: true, description: 'township staff: their township (9-digit code)' }) regionCode!: string | null;
  @Field(() => String, { nullable: true, description: 'unit reporters: their responsible unit (MZJ, RSJ, …); township staff: their township' }) unitCode!: string | null;
  @Field(() => String, { nullable: true, description: 'mobile number; masked (138****5678) without pii:read' }) phone!: string | null;
  @Field(() => Boolean, { description: 'true: the user is disabled and cannot sign in' }) disabled!: boolean;
  @Field(() => Boolean, { description: 'true: the user holds a one-time password and must change it first' }) mustChangePassword!: boolean;
  @Field(() => Int, { description: 'send back with updateUser (VERSION_CONFLICT when someone changed the user meanwhile)' }) version!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Date, { nullable: true }) disabledAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'the last use of any of the user\'s sessions' }) lastSeenAt!: Date | null;
}

export const UserAccountConnection = ConnectionType(UserAccountNode, 'UserAccount');
export type UserAccountConnection = Connection<UserAccountNode>;

@InputType({ description: 'Filters of users(); all optional, combined with AND' })
export class UserWhere {
  @Field(() => String, { nullable: true, description: 'part of the username or the display name' }) search?: string | null;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => String, { nullable: true, description: 'township (9-digit code) or unit code' }) unitCode?: string | null;
  @Field(() => Boolean, { nullable: true }) disabled?: boolean | null;
}

@InputType()
export class CreateUserInput {
  @Field(() => String, { description: 'lower-case letters, digits, . _ -; starting with a letter; 2–64 characters' }) username!: string;
  @Field(() => String, { description: 'the person\'s name as shown in the audit trail and the client (1–64 characters)' }) displayName!: string;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true, description: 'TOWNSHIP_STAFF: the township (9-digit code)' }) regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'UNIT_REPORTER: the responsible unit (MZJ, CZJ, RSJ, WJJ, FL, FPB, or a township)' }) unitCode?: string | null;
  @Field(() => String, { nullable: true, description: 'mobile number (optional)' }) phone?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'the version read' }) version!: number;
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => String, { nullable: true, description: 'TOWNSHIP_STAFF: the township; give it with the role when either changes' }) regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'UNIT_REPORTER: the unit; give it with the role when either changes' }) unitCode?: string | null;
  @Field(() => String, { nullable: true, description: 'mobile number; an empty string removes it' }) phone?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A user and its one-time password (createUser, resetPassword)' })
export class UserWithPassword {
  @Field(() => UserAccountNode) user!: UserAccountNode;
  @Field(() => String, { description: 'shown once, stored only as a hash; the user must change it at the first sign-in' }) oneTimePassword!: string;
}

@ObjectType('Session', { simpleResolvers: true, description: '登录会话 — one of the caller\'s signed-in sessions' })
export class SessionNode {
  @Field(() => ID) id!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'recorded at most once a minute' }) lastUsedAt!: Date | null;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Boolean, { description: 'true: the session this request was made with' }) current!: boolean;
}
