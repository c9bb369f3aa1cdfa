import { HOUSEHOLD_FIELDS, MEMBER_FIELDS, maskRecord } from '@doudi/shared';
import type { HouseholdNode, MemberNode } from './household.types.js';

// Masking happens when the row is built (not per field: field middleware costs ~10× on bulk pages). Without pii:read a caller sees
// ID numbers as 640121********123X, phones as 138****5678, and no birth date or health details: every field the
// shared field table marks `pii`.

export function maskHousehold(h: HouseholdNode): HouseholdNode {
  return maskRecord(HOUSEHOLD_FIELDS, h);
}

export function maskMember(m: MemberNode): MemberNode {
  return maskRecord(MEMBER_FIELDS, m);
}
