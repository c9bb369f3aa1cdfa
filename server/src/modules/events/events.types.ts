import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One changed field with its new value, masked as a query would mask it (JSON for lists and numbers)' })
export class ChangedField {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
}

@ObjectType({ description: 'A committed change of one household (subscription householdsChanged)' })
export class HouseholdChange {
  @Field(() => ID, { description: 'unique per event: for idempotency and catching up' }) eventId!: string;
  @Field(() => Date) at!: Date;
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'the household\'s version after the change (send it with the next update)' }) version!: number;
  @Field(() => String) actor!: string;
  @Field(() => String, { nullable: true }) changeSet!: string | null;
  @Field(() => Boolean) deleted!: boolean;
  @Field(() => [ChangedField], { description: 'the fields the change wrote, with their new values' }) fields!: ChangedField[];
  @Field(() => String, { nullable: true, description: 'position of the change (an audit id): pass the last one seen as `since` when subscribing again to catch up' }) cursor!: string | null;
  @Field(() => Boolean, { description: 'a resync marker (catch-up had too much to send): reload the rows, then carry on from `cursor`; its other fields are empty' }) resync!: boolean;
}

@ObjectType({ description: 'A committed change of one monthly check (subscription monthlyChecksChanged)' })
export class MonthlyCheckChange {
  @Field(() => ID) eventId!: string;
  @Field(() => Date) at!: Date;
  @Field(() => ID, { description: 'the check' }) id!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => String) month!: string;
  @Field(() => Int, { nullable: true, description: 'the check\'s version after the change' }) version!: number | null;
  @Field(() => String) actor!: string;
  @Field(() => String, { nullable: true }) changeSet!: string | null;
  @Field(() => Boolean) deleted!: boolean;
  @Field(() => [ChangedField], { description: 'the fields the change wrote, with their values as the monthlyChecks grid shows them' }) fields!: ChangedField[];
  @Field(() => String, { nullable: true, description: 'position of the change (an audit id): pass the last one seen as `since` when subscribing again to catch up' }) cursor!: string | null;
  @Field(() => Boolean, { description: 'a resync marker (catch-up had too much to send): reload the rows, then carry on from `cursor`; its other fields are empty' }) resync!: boolean;
}

@ObjectType({ description: 'A committed change of one household member (subscription membersChanged)' })
export class MemberChange {
  @Field(() => ID) eventId!: string;
  @Field(() => Date) at!: Date;
  @Field(() => ID, { description: 'the member' }) id!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => Int, { nullable: true, description: 'the member\'s version after the change; null when removed' }) version!: number | null;
  @Field(() => String) actor!: string;
  @Field(() => String, { nullable: true }) changeSet!: string | null;
  @Field(() => Boolean, { description: 'removed from the household' }) deleted!: boolean;
  @Field(() => [ChangedField], { description: 'the fields the change wrote, with their new values, masked as a query would mask them' }) fields!: ChangedField[];
  @Field(() => String, { nullable: true, description: 'position of the change (an audit id): pass the last one seen as `since` when subscribing again to catch up' }) cursor!: string | null;
  @Field(() => Boolean, { description: 'a resync marker (catch-up had too much to send): reload the rows, then carry on from `cursor`; its other fields are empty' }) resync!: boolean;
}

@ObjectType({ description: 'A committed change of one risk referral (风险转介; subscription referralsChanged)' })
export class ReferralChange {
  @Field(() => ID) eventId!: string;
  @Field(() => Date) at!: Date;
  @Field(() => ID, { description: 'the referral' }) id!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => String, { description: 'the referral\'s state after the change (OPEN, CLOSED, WITHDRAWN)' }) state!: string;
  @Field(() => String) actor!: string;
  @Field(() => String, { nullable: true }) changeSet!: string | null;
  @Field(() => [ChangedField], { description: 'the fields the change wrote, with their values as riskReferrals shows them' }) fields!: ChangedField[];
  @Field(() => String, { nullable: true, description: 'position of the change (an audit id): pass the last one seen as `since` when subscribing again to catch up' }) cursor!: string | null;
  @Field(() => Boolean, { description: 'a resync marker (catch-up had too much to send): reload the rows, then carry on from `cursor`; its other fields are empty' }) resync!: boolean;
}

@ObjectType({ description: 'A committed change of one assignment of the accountability tables (subscription assignmentsChanged)' })
export class AssignmentChange {
  @Field(() => ID) eventId!: string;
  @Field(() => Date) at!: Date;
  @Field(() => ID, { description: 'the assignment' }) id!: string;
  @Field(() => String, { description: 'its status after the change' }) status!: string;
  @Field(() => Int, { description: 'its version after the change' }) version!: number;
  @Field(() => String) actor!: string;
  @Field(() => [ChangedField], { description: 'the fields the change wrote, with their values as the assignment query shows them' }) fields!: ChangedField[];
  @Field(() => String, { nullable: true, description: 'position of the change (an audit id): pass the last one seen as `since` when subscribing again to catch up' }) cursor!: string | null;
  @Field(() => Boolean, { description: 'a resync marker (catch-up had too much to send): reload the rows, then carry on from `cursor`; its other fields are empty' }) resync!: boolean;
}
