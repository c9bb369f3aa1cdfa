import { idCheckChar } from '@doudi/shared';

let serial = 0;

/** A valid fictitious ID number: prefix, birth date (YYYYMMDD), a unique sequence, the right check character. */
export function makeId(birth = '19800101', opts: { prefix?: string; female?: boolean } = {}): string {
  serial += 1;
  // Unique per test process: the sequence walks 000–999 and the prefix's last digits change after that.
  const seq = serial % 500;
  const gender = opts.female ? 0 : 1;
  const seqDigits = `${String(Math.floor(seq / 5) % 100).padStart(2, '0')}${(seq % 5) * 2 + gender}`;
  const prefix = opts.prefix ?? `6401${String(21 + Math.floor(serial / 500)).padStart(2, '0')}`;
  const first17 = `${prefix}${birth}${seqDigits}`;
  return first17 + idCheckChar(first17);
}

/** The same number with a wrong check character. */
export function breakCheck(id: string): string {
  const c = id[17] === '0' ? '1' : '0';
  return id.slice(0, 17) + c;
}

export function householdInput(over: Record<string, unknown> = {}, members?: Record<string, unknown>[]) {
  return {
    category: 'MONITORED',
    regionCode: '640121100200',
    address: '杨和镇王太村一队3号',
    phone: '13800138000',
    incomePerCapita: 5800,
    riskTypes: ['ILLNESS'],
    helperName: '李建国',
    members: members ?? [
      { name: '马文学', idNumber: makeId('19700312'), relation: 'HEAD', health: 'CHRONIC_ILLNESS', laborAbility: 'WEAK' },
      { name: '杨秀兰', idNumber: makeId('19720805', { female: true }), relation: 'SPOUSE' },
    ],
    ...over,
  };
}

export const HOUSEHOLD_FIELDS = `id code category regionCode regionName townshipCode townshipName address headName headIdNumber phone
  memberCount incomePerCapita riskTypes riskStatus helperName remarks version createdAt updatedAt deletedAt`;
export const MEMBER_FIELDS = `id householdId name idNumber gender birthDate relation phone health disabilityType disabilityGrade
  laborAbility schooling version`;
export const ROW_RESULT = `index id ok errors { field code message } household { ${HOUSEHOLD_FIELDS} members { ${MEMBER_FIELDS} } }
  conflict { ${HOUSEHOLD_FIELDS} }`;
