import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AssignmentStatus } from './tasks.enums.js';
import { UnitNode } from './tasks.types.js';

@ObjectType('BulletinItem', { simpleResolvers: true, description: 'An assignment as it stood at the end of the bulletin\'s month' })
export class BulletinItem {
  @Field(() => ID) assignmentId!: string;
  @Field(() => ID) planId!: string;
  @Field(() => String) documentNumber!: string;
  @Field(() => Int) measureNo!: number;
  @Field(() => String) measureTitle!: string;
  @Field(() => AssignmentStatus, { description: 'the status then' }) status!: string;
  @Field(() => String, { nullable: true }) dueDate!: string | null;
  @Field(() => [String]) missingPeriods!: string[];
  @Field(() => Int) overduePeriods!: number;
  @Field(() => Int, { description: 'times sent back by then' }) rejectionCount!: number;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
}

@ObjectType('BulletinUnit', { simpleResolvers: true, description: 'One responsible unit in a monthly bulletin (通报)' })
export class BulletinUnit {
  @Field(() => UnitNode) unit!: UnitNode;
  @Field(() => Int, { description: 'its assignments in force that month (事项数), closed ones included' }) total!: number;
  @Field(() => Int, { description: 'its assignments not closed off at asOf (在办)' }) openCount!: number;
  @Field(() => Int) overdueCount!: number;
  @Field(() => Int) escalatedCount!: number;
  @Field(() => Int) closedCount!: number;
  @Field(() => [BulletinItem], { description: 'overdue at the end of the month' }) overdue!: BulletinItem[];
  @Field(() => [BulletinItem], { description: 'escalated (重点督办) at the end of the month' }) escalated!: BulletinItem[];
  @Field(() => [BulletinItem], { description: 'closed off (销号) during the month' }) closed!: BulletinItem[];
}

@ObjectType('Bulletin', { simpleResolvers: true, description: '月度通报 — per unit: overdue, escalated and closed that month' })
export class BulletinNode {
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => Date, { description: 'the instant the figures are taken at: the month\'s end, or now for the current month' }) asOf!: Date;
  @Field(() => Int, { description: 'assignments in force that month (事项数), closed ones included' }) total!: number;
  @Field(() => Int, { description: 'assignments not closed off at asOf (在办): the figure "本月在办事项"' }) openCount!: number;
  @Field(() => Int) overdueCount!: number;
  @Field(() => Int) escalatedCount!: number;
  @Field(() => Int) closedCount!: number;
  @Field(() => [BulletinUnit]) units!: BulletinUnit[];
}
