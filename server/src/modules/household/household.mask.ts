import { maskIdNumber, maskPhone } from '@doudi/shared';
import type { HouseholdNode, MemberNode } from './household.types.js';

// Masking happens when the row is built (not per field: field middleware costs ~10× on bulk pages). Without pii:read a caller sees
// ID numbers as 640121********123X, phones as 138****5678, and no birth date or health details.

export function maskHousehold(h: HouseholdNode): HouseholdNode {
  return { ...h, headIdNumber: h.headIdNumber && maskIdNumber(h.headIdNumber), phone: h.phone && maskPhone(h.phone) };
}

export function maskMember(m: MemberNode): MemberNode {
  return {
    ...m, idNumber: maskIdNumber(m.idNumber), phone: m.phone && maskPhone(m.phone), birthDate: null, health: null,
    disabilityType: null, disabilityGrade: null,
  };
}
