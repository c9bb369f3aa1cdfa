import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ReferralAssistanceKind, ReferralCloseKind } from '@doudi/shared';
import { FieldErrorType } from '../../common/page-info.js';
import { RiskReferralNode } from './monitoring.types.js';

@InputType({ description: '指派: the owner (a user of the referral\'s township) and the 帮扶责任人; OPEN → ASSIGNED (again: another owner)' })
export class AssignReferralInput {
  @Field(() => ID) referralId!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'username of a township user of the referral\'s township' }) owner!: string;
  @Field(() => String, { description: '帮扶责任人 (at most 50 characters)' }) helper!: string;
}

@InputType({ description: '开始救助: ASSIGNED → ASSISTING, linked to what was done' })
export class StartReferralAssistanceInput {
  @Field(() => ID) referralId!: string;
  @Field(() => Int) version!: number;
  @Field(() => ReferralAssistanceKind) assistanceKind!: string;
  @Field(() => String, { nullable: true, description: 'id of the application, relief grant, 低保 case or 特困 person (the household\'s own); not for OTHER_MEASURE' }) assistanceRef?: string | null;
  @Field(() => String, { nullable: true, description: 'the measure in words (required for OTHER_MEASURE; at most 500)' }) assistanceNote?: string | null;
}

@InputType({ description: '办结: ASSISTING → CLOSED by ASSISTANCE_IN_PLACE; any active referral by RISK_ELIMINATED once the latest visit shows no risk' })
export class CloseReferralInput {
  @Field(() => ID) referralId!: string;
  @Field(() => Int) version!: number;
  @Field(() => ReferralCloseKind) closeKind!: string;
  @Field(() => String, { description: '办结说明 (required, at most 200)' }) reason!: string;
}

@ObjectType({ simpleResolvers: true })
export class RiskReferralResult {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => [FieldErrorType]) errors!: FieldErrorType[];
  @Field(() => RiskReferralNode, { nullable: true }) referral!: RiskReferralNode | null;
}

@ObjectType({ simpleResolvers: true, description: 'One township on the office\'s board of the 动态救助 loop' })
export class ReferralBoardRow {
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => Int, { description: 'OPEN + ASSIGNED + ASSISTING' }) active!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int) assigned!: number;
  @Field(() => Int) assisting!: number;
  @Field(() => Int, { description: 'help not started and past the due date' }) overdue!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A township\'s risk referrals in the monthly 通报, as they stood at its asOf' })
export class ReferralBulletinRow {
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => Int, { description: 'opened during the month' }) opened!: number;
  @Field(() => Int, { description: 'OPEN, ASSIGNED or ASSISTING at asOf' }) active!: number;
  @Field(() => Int, { description: 'active at asOf, help not started and past the due date' }) overdue!: number;
  @Field(() => Int, { description: 'closed (办结) during the month' }) closed!: number;
}
