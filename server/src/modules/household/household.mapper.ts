import { fromDbDate } from '../../common/sql.js';
import type { HouseholdNode, MemberNode } from './household.types.js';

/** The household columns a page reads, in one place for every query that returns `Household` rows. */
export const HOUSEHOLD_COLUMNS = [
  'h.id', 'h.code', 'h.category', 'h.region_code', 'h.township_code', 'h.address', 'h.head_name', 'h.head_id_number',
  'h.phone', 'h.member_count', 'h.income_per_capita', 'h.risk_types', 'h.risk_status', 'h.helper_name', 'h.remarks',
  'h.version', 'h.created_at', 'h.updated_at', 'h.deleted_at',
].join(', ');

export interface HouseholdRow {
  id: number | string;
  code: string;
  category: string;
  region_code: string;
  township_code: string;
  region_name: string | null;
  township_name: string | null;
  address: string;
  head_name: string;
  head_id_number: string;
  phone: string;
  member_count: number | string;
  income_per_capita: number | string;
  risk_types: string;
  risk_status: string;
  helper_name: string;
  remarks: string;
  version: number | string;
  created_at: unknown;
  updated_at: unknown;
  deleted_at: unknown;
}

const orNull = (s: string | null | undefined): string | null => (s ? s : null);

export function toHouseholdNode(r: HouseholdRow): HouseholdNode {
  return {
    id: String(r.id),
    code: r.code,
    category: r.category,
    regionCode: r.region_code,
    regionName: r.region_name ?? '',
    townshipCode: r.township_code,
    townshipName: r.township_name ?? '',
    address: orNull(r.address),
    headName: r.head_name,
    headIdNumber: orNull(r.head_id_number),
    phone: orNull(r.phone),
    memberCount: Number(r.member_count),
    incomePerCapita: Number(r.income_per_capita),
    riskTypes: r.risk_types ? r.risk_types.split(',') : [],
    riskStatus: r.risk_status,
    helperName: orNull(r.helper_name),
    remarks: orNull(r.remarks),
    version: Number(r.version),
    createdAt: fromDbDate(r.created_at),
    updatedAt: fromDbDate(r.updated_at),
    deletedAt: r.deleted_at == null ? null : fromDbDate(r.deleted_at),
  };
}

export const MEMBER_COLUMNS = [
  'm.id', 'm.household_id', 'm.name', 'm.id_number', 'm.gender', 'm.birth_date', 'm.relation', 'm.phone', 'm.health',
  'm.disability_type', 'm.disability_grade', 'm.labor_ability', 'm.schooling', 'm.version', 'm.created_at',
  'm.updated_at',
].join(', ');

export interface MemberRow {
  id: number | string;
  household_id: number | string;
  name: string;
  id_number: string;
  gender: string;
  birth_date: string;
  relation: string;
  phone: string;
  health: string | null;
  disability_type: string | null;
  disability_grade: string | null;
  labor_ability: string | null;
  schooling: string | null;
  version: number | string;
  created_at: unknown;
  updated_at: unknown;
}

export function toMemberNode(r: MemberRow): MemberNode {
  return {
    id: String(r.id),
    householdId: String(r.household_id),
    name: r.name,
    idNumber: r.id_number,
    gender: r.gender,
    birthDate: r.birth_date,
    relation: r.relation,
    phone: orNull(r.phone),
    health: r.health,
    disabilityType: r.disability_type,
    disabilityGrade: r.disability_grade,
    laborAbility: r.labor_ability,
    schooling: r.schooling,
    version: Number(r.version),
    createdAt: fromDbDate(r.created_at),
    updatedAt: fromDbDate(r.updated_at),
  };
}
