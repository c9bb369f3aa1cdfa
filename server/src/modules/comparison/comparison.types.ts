import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  ComparisonKind, ComparisonKindDef, ComparisonRule, ComparisonRuleDef, FindingAction, FindingActionDef, FindingState, FindingStateDef,
} from '@doudi/shared';
import { ConnectionBase } from '../../common/connection.js';
import { FieldErrorType } from '../../common/page-info.js';
import { registerDomainEnum } from '../../common/enums.js';

const register = registerDomainEnum;
register(ComparisonKind, ComparisonKindDef, '比对数据源的种类 — which agency list, with its fixed columns');
register(ComparisonRule, ComparisonRuleDef, '比对规则 — what a finding (疑点) says');
register(FindingState, FindingStateDef, '疑点核查状态: OPEN → CONFIRMED (属实) or REJECTED (不属实)');
register(FindingAction, FindingActionDef, '核查属实后的处理');
export { ComparisonKind, ComparisonRule, FindingState, FindingAction };

@ObjectType('ComparisonColumn', { simpleResolvers: true, description: 'A fixed column of a source kind' })
export class ComparisonColumnNode {
  @Field(() => String) field!: string;
  @Field(() => String, { description: 'the header the template writes (zh-CN)' }) label!: string;
  @Field(() => Boolean) required!: boolean;
  @Field(() => [String], { description: 'other header spellings the import recognises' }) aliases!: string[];
}

@ObjectType('ComparisonKindInfo', { simpleResolvers: true, description: 'A source kind, its usual agency and its columns' })
export class ComparisonKindNode {
  @Field(() => ComparisonKind) kind!: string;
  @Field(() => String) label!: string;
  @Field(() => String) agency!: string;
  @Field(() => [ComparisonColumnNode]) columns!: ComparisonColumnNode[];
}

@ObjectType('ComparisonRuleInfo', { simpleResolvers: true, description: 'A comparison rule: what it finds and why it matters' })
export class ComparisonRuleNode {
  @Field(() => ComparisonRule) rule!: string;
  @Field(() => String) label!: string;
  @Field(() => [ComparisonKind], { description: 'the source kinds it reads' }) kinds!: string[];
  @Field(() => String) description!: string;
  @Field(() => Int, { nullable: true, description: 'the measure of the 2020 plan it serves' }) measure!: number | null;
}

@ObjectType('ComparisonSource', { simpleResolvers: true, description: '比对数据源: one load of one agency\'s list' })
export class ComparisonSourceNode {
  @Field(() => ID) id!: string;
  @Field(() => ComparisonKind) kind!: string;
  @Field(() => String) agency!: string;
  @Field(() => String, { description: 'the date the list is as of (YYYY-MM-DD)' }) asOf!: string;
  @Field(() => String, { description: 'IMPORT (POST /api/imports) or API (loadComparisonSource)' }) via!: string;
  @Field(() => String, { description: 'who loaded it' }) loadedBy!: string;
  @Field(() => Date) loadedAt!: Date;
  @Field(() => Int) rowCount!: number;
  @Field(() => Int, { description: 'exact repeats in the file, loaded once' }) duplicateRows!: number;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'hex SHA-256 of the file as loaded' }) fileSha256!: string;
  @Field(() => Boolean, { description: 'a later load of the same kind supersedes it for new comparisons' }) superseded!: boolean;
  @Field(() => String, { description: 'LOADED, MATCHING, MATCHED or FAILED' }) status!: string;
  @Field(() => Int, { description: 'matching progress, 0–100' }) progress!: number;
  @Field(() => Int, { description: 'rows whose ID number matched a member of some household (active or deleted)' }) matchedRows!: number;
  @Field(() => Int, { description: 'findings raised by its last run (new ones only)' }) findingCount!: number;
  @Field(() => Date, { nullable: true }) matchedAt!: Date | null;
}

@ObjectType('ComparisonEvidence', { simpleResolvers: true, description: 'An evidence file of a verification (GET /api/comparison/evidence/:id)' })
export class ComparisonEvidenceNode {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => Int) size!: number;
  @Field(() => String) url!: string;
}

@ObjectType('ComparisonMember', { simpleResolvers: true, description: 'Doudi\'s side of a finding: the member and household as the ledger has them' })
export class ComparisonMemberNode {
  @Field(() => ID) householdId!: string;
  @Field(() => String) householdCode!: string;
  @Field(() => String) category!: string;
  @Field(() => String) regionName!: string;
  @Field(() => Boolean, { description: 'the household is deleted from the ledger' }) deleted!: boolean;
  @Field(() => ID, { nullable: true }) memberId!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'masked without pii:read' }) idNumber!: string | null;
  @Field(() => String, { nullable: true }) relation!: string | null;
  @Field(() => String, { nullable: true, description: 'masked without pii:read' }) disabilityGrade!: string | null;
  @Field(() => Int) memberCount!: number;
  @Field(() => String, { description: '低保 state of the person or household today: ACTIVE, GRADUAL_EXIT or NONE' }) dibao!: string;
  @Field(() => Boolean) tekun!: boolean;
}

@ObjectType('ComparisonCell', { simpleResolvers: true, description: 'One cell of the source row, as the agency wrote it' })
export class ComparisonCellNode {
  @Field(() => String) field!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: 'masked without pii:read (ID numbers; health data of disability and medical-aid lists)' }) value!: string;
}

@ObjectType('ComparisonFinding', { simpleResolvers: true, description: '疑点: one rule\'s finding on one source row, and its verification (核查)' })
export class ComparisonFindingNode {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ComparisonRule) rule!: string;
  @Field(() => String) ruleLabel!: string;
  @Field(() => ID) sourceId!: string;
  @Field(() => ComparisonKind) kind!: string;
  @Field(() => String) agency!: string;
  @Field(() => Int, { description: 'the row of the source sheet' }) rowNo!: number;
  @Field(() => String, { description: 'the name in the source' }) personName!: string;
  @Field(() => String, { description: 'masked without pii:read' }) idNumber!: string;
  @Field(() => ID, { nullable: true }) householdId!: string | null;
  @Field(() => String, { nullable: true }) householdCode!: string | null;
  @Field(() => String, { description: 'the verifying township; empty for the county\'s own queue' }) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => String) regionCode!: string;
  @Field(() => String, { description: 'why it matters (zh-CN)' }) reason!: string;
  @Field(() => FindingState) state!: string;
  @Field(() => String) raisedOn!: string;
  @Field(() => String) dueDate!: string;
  @Field(() => Boolean, { description: 'open and past its due date' }) overdue!: boolean;
  @Field(() => FindingAction, { nullable: true }) action!: string | null;
  @Field(() => String, { nullable: true, description: 'the record the action names (a 低保 case id, a household id, an application number)' }) actionRef!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true }) verifiedBy!: string | null;
  @Field(() => Date, { nullable: true }) verifiedAt!: Date | null;
  @Field(() => [ComparisonCellNode], { description: 'the source row, side by side with `ledger`' }) sourceRow!: ComparisonCellNode[];
  @Field(() => ComparisonMemberNode, { nullable: true, description: 'Doudi\'s record; null for a person in no household' }) ledger!: ComparisonMemberNode | null;
  @Field(() => [ComparisonEvidenceNode]) evidence!: ComparisonEvidenceNode[];
}

@ObjectType('ComparisonFindingConnection', { simpleResolvers: true })
export class ComparisonFindingConnection extends ConnectionBase(ComparisonFindingNode, 'ComparisonFinding') {
  @Field(() => Int) totalCount!: number;
}

@InputType('ComparisonFindingWhere', { description: 'Filters of comparisonFindings (all optional, combined with AND)' })
export class ComparisonFindingWhere {
  @Field(() => ComparisonRule, { nullable: true }) rule?: string | null;
  @Field(() => String, { nullable: true, description: 'region-code prefix (township 9 digits, village 12); inside the caller\'s region' }) regionCode?: string | null;
  @Field(() => FindingState, { nullable: true }) state?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: open and past due; false: not overdue' }) overdue?: boolean | null;
  @Field(() => ID, { nullable: true }) sourceId?: string | null;
}

@InputType('ComparisonEvidenceInput', { description: 'An evidence file inline, base64 (at most 10 per verification)' })
export class ComparisonEvidenceInput {
  @Field(() => String) fileName!: string;
  @Field(() => String, { nullable: true }) contentType?: string | null;
  @Field(() => String) base64!: string;
}

@InputType('VerifyFindingInput')
export class VerifyFindingInput {
  @Field(() => ID) findingId!: string;
  @Field(() => Int) version!: number;
  @Field(() => FindingState, { description: 'CONFIRMED (属实) or REJECTED (不属实)' }) result!: string;
  @Field(() => FindingAction, { nullable: true, description: 'what the confirmed finding led to (required when CONFIRMED)' }) action?: string | null;
  @Field(() => String, { nullable: true, description: 'the record the action names: a 低保 case id, household id or application number' }) actionRef?: string | null;
  @Field(() => String, { nullable: true, description: 'what was checked (required when REJECTED), at most 2000 characters' }) note?: string | null;
  @Field(() => [ComparisonEvidenceInput], { nullable: true }) evidence?: ComparisonEvidenceInput[] | null;
}

@ObjectType('VerifyFindingResult', { simpleResolvers: true })
export class VerifyFindingResult {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => [FieldErrorType]) errors!: FieldErrorType[];
  @Field(() => ComparisonFindingNode, { nullable: true }) finding!: ComparisonFindingNode | null;
}

@InputType('ComparisonRowInput', { description: 'One row of a source pushed over the API; the kind decides which columns it must have' })
export class ComparisonRowInput {
  @Field(() => String) idNumber!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) employer?: string | null;
  @Field(() => Float, { nullable: true }) monthlyWage?: number | null;
  @Field(() => String, { nullable: true }) insuranceStatus?: string | null;
  @Field(() => String, { nullable: true }) aidStatus?: string | null;
  @Field(() => String, { nullable: true }) aidDate?: string | null;
  @Field(() => String, { nullable: true }) certificateType?: string | null;
  @Field(() => String, { nullable: true }) disabilityGrade?: string | null;
  @Field(() => String, { nullable: true }) deathDate?: string | null;
  @Field(() => String, { nullable: true }) plate?: string | null;
  @Field(() => String, { nullable: true }) vehicleType?: string | null;
  @Field(() => Float, { nullable: true }) propertyCount?: number | null;
  @Field(() => String, { nullable: true }) businessName?: string | null;
  @Field(() => String, { nullable: true }) businessStatus?: string | null;
  @Field(() => String, { nullable: true }) monitoringCategory?: string | null;
  @Field(() => String, { nullable: true }) regionName?: string | null;
}

@InputType('LoadComparisonSourceInput')
export class LoadComparisonSourceInput {
  @Field(() => ComparisonKind) kind!: string;
  @Field(() => String, { nullable: true, description: 'default: the kind\'s usual agency' }) agency?: string | null;
  @Field(() => String, { description: 'the date the list is as of (YYYY-MM-DD)' }) asOf!: string;
  @Field(() => Boolean, { nullable: true, description: 'true (default): nothing is loaded when a row is invalid' }) atomic?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'true (default): run the comparison once loaded' }) run?: boolean | null;
}

@ObjectType('ComparisonRowError', { simpleResolvers: true })
export class ComparisonRowErrorNode {
  @Field(() => Int, { nullable: true, description: '1-based row (index + 1 of `rows`)' }) row!: number | null;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
}

@ObjectType('LoadComparisonSourceResult', { simpleResolvers: true })
export class LoadComparisonSourceResult {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => Int) rows!: number;
  @Field(() => Int) valid!: number;
  @Field(() => Int) invalid!: number;
  @Field(() => [ComparisonRowErrorNode]) errors!: ComparisonRowErrorNode[];
  @Field(() => [ComparisonRowErrorNode], { description: 'exact repeats, loaded once' }) warnings!: ComparisonRowErrorNode[];
  @Field(() => ComparisonSourceNode, { nullable: true }) source!: ComparisonSourceNode | null;
}

@ObjectType('ComparisonSummaryRow', { simpleResolvers: true, description: 'Findings of one township and rule' })
export class ComparisonSummaryRow {
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => ComparisonRule) rule!: string;
  @Field(() => String) ruleLabel!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) confirmed!: number;
  @Field(() => Int) rejected!: number;
}

@ObjectType('ComparisonBulletinSection', { simpleResolvers: true, description: '月度通报 — 数据比对: findings raised, verified and overdue' })
export class ComparisonBulletinSection {
  @Field(() => Int, { description: 'raised during the month' }) raised!: number;
  @Field(() => Int, { description: 'verified during the month' }) verified!: number;
  @Field(() => Int, { description: 'of those, 属实' }) confirmed!: number;
  @Field(() => Int, { description: 'open at asOf' }) open!: number;
  @Field(() => Int, { description: 'open and past due at asOf' }) overdue!: number;
  @Field(() => [ComparisonSummaryRow], { description: 'per township and rule, as at asOf' }) rows!: ComparisonSummaryRow[];
}
