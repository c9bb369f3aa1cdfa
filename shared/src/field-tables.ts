// Every record's field table by name, and what needs all of them (look-up by record, validating a whole record).
// Apart from fields.ts so that a bundle needing only the household table (the client's ledger, up to its first row)
// does not carry every other record's table along.
import type { FieldError } from './errors.js';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS, shownInput, validateField, type FieldMeta } from './fields.js';
import { MONTHLY_CHECK_FIELDS } from './fields-monitoring.js';
import {
  ASSESSMENT_BATCH_FIELDS, DIBAO_CASE_FIELDS, RELIEF_GRANT_FIELDS, RESERVE_FUND_TOP_UP_FIELDS, SELF_CARE_ASSESSMENT_FIELDS,
  TEKUN_PERSON_FIELDS,
} from './fields-assistance.js';
import { ASSIGNMENT_EVENT_FIELDS, ASSIGNMENT_FIELDS, MEASURE_FIELDS } from './fields-tasks.js';
import { RISK_REFERRAL_FIELDS } from './fields-loops.js';
import { validateIdNumber } from './validators/id-number.js';

/** Every record the API exposes for editing or listing, with its field table. */
export const FIELD_TABLES = {
  household: HOUSEHOLD_FIELDS,
  member: MEMBER_FIELDS,
  monthlyCheck: MONTHLY_CHECK_FIELDS,
  dibaoCase: DIBAO_CASE_FIELDS,
  reliefGrant: RELIEF_GRANT_FIELDS,
  reserveFundTopUp: RESERVE_FUND_TOP_UP_FIELDS,
  tekunPerson: TEKUN_PERSON_FIELDS,
  selfCareAssessment: SELF_CARE_ASSESSMENT_FIELDS,
  assessmentBatch: ASSESSMENT_BATCH_FIELDS,
  assignment: ASSIGNMENT_FIELDS,
  measure: MEASURE_FIELDS,
  assignmentEvent: ASSIGNMENT_EVENT_FIELDS,
  riskReferral: RISK_REFERRAL_FIELDS,
} as const satisfies Record<string, readonly FieldMeta[]>;
export type Entity = keyof typeof FIELD_TABLES;

const FIELDS = Object.fromEntries(
  Object.entries(FIELD_TABLES).map(([k, t]) => [k, new Map(t.map((m) => [m.name, m]))]),
) as unknown as Record<Entity, ReadonlyMap<string, FieldMeta>>;

export function fieldMeta(entity: Entity, name: string): FieldMeta | undefined {
  return FIELDS[entity]?.get(name);
}

/**
 * Validates every key present in `input` (undefined counts as absent). Unknown and read-only keys are errors; with
 * `partial: false` (create) missing required editable fields are REQUIRED. For members, a valid ID number also
 * fills the derived gender and birthDate.
 */
export function validateRecord(
  entity: Entity,
  input: Record<string, unknown>,
  opts: { partial: boolean; now?: Date },
): { value: Record<string, unknown>; errors: FieldError[] } {
  const value: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const [key, raw] of Object.entries(input)) {
    if (raw === undefined) continue;
    const meta = fieldMeta(entity, key);
    if (!meta) {
      errors.push({ field: key, code: 'INVALID_VALUE', message: `未知字段“${shownInput(key)}”` });
      continue;
    }
    if (!meta.editable) {
      const why = meta.derived ? '由身份证号码自动得出，' : '';
      errors.push({ field: key, code: 'INVALID_VALUE', message: `${meta.label.zh}${why}不能修改` });
      continue;
    }
    const r = validateField(meta, raw, opts.now);
    if (r.ok) value[key] = r.value;
    else errors.push(r.error);
  }
  if (!opts.partial) {
    for (const meta of FIELDS[entity].values()) {
      if (meta.required && meta.editable && input[meta.name] === undefined) {
        errors.push({ field: meta.name, code: 'REQUIRED', message: `${meta.label.zh}不能为空` });
      }
    }
  }
  if (entity === 'member' && typeof value.idNumber === 'string') {
    const id = validateIdNumber(value.idNumber, opts.now);
    if (id.ok) {
      value.gender = id.gender;
      value.birthDate = id.birthDate;
    }
  }
  return { value, errors };
}
