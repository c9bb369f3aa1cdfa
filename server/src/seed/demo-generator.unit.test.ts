import { describe, it, expect } from 'vitest';
import { REGIONS } from '@doudi/shared';
import {
  DEMO_BLOCK_SIZE,
  DEMO_MAX_HOUSEHOLDS,
  DEMO_REFERENCE_DATE,
  generateDemoHouseholds,
  type DemoHousehold,
} from './demo-generator.js';

const take = (count: number, seed: number, start?: number): DemoHousehold[] => [
  ...generateDemoHouseholds({ count, seed, ...(start === undefined ? {} : { start }) }),
];

// Written out independently of the generator and of @doudi/shared: GB 11643 MOD 11-2.
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function expectedCheck(id: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * W[i]!;
  return '10X98765432'[sum % 11]!;
}
function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
function ageAt(birthDate: string, ref = DEMO_REFERENCE_DATE): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ry, rm, rd] = ref.split('-').map(Number) as [number, number, number];
  return ry - by - (bm > rm || (bm === rm && bd > rd) ? 1 : 0);
}

const VILLAGES = REGIONS.filter((r) => r.level === 'VILLAGE');
const TOWNSHIPS = REGIONS.filter((r) => r.level === 'TOWNSHIP');
const MINNING = '640121104';

describe('generateDemoHouseholds', () => {
  const sample = take(3000, 20201216);

  it('is deterministic for a seed and differs between seeds', () => {
    const again = take(3000, 20201216);
    expect(JSON.stringify(again)).toBe(JSON.stringify(sample));
    const other = take(50, 7);
    const heads = (hs: DemoHousehold[]) => hs.map((h) => h.members[0]!.idNumber);
    expect(heads(other)).not.toEqual(heads(sample.slice(0, 50)));
  });

  it('gives the same households whatever the chunking, across an ID block boundary', () => {
    const n = DEMO_BLOCK_SIZE + 1500;
    const whole = take(n, 42);
    const cuts = [0, 1234, DEMO_BLOCK_SIZE - 1, DEMO_BLOCK_SIZE, DEMO_BLOCK_SIZE + 700, n];
    const chunked: DemoHousehold[] = [];
    for (let c = 0; c + 1 < cuts.length; c++) chunked.push(...take(cuts[c + 1]! - cuts[c]!, 42, cuts[c]!));
    expect(chunked.length).toBe(n);
    expect(chunked.map((h) => JSON.stringify(h))).toEqual(whole.map((h) => JSON.stringify(h)));
  }, 60_000);

  it('writes valid 18-character ID numbers whose birth date and gender match the member', () => {
    const bad: string[] = [];
    for (const h of sample) {
      for (const m of h.members) {
        const id = m.idNumber;
        const y = Number(id.slice(6, 10)), mo = Number(id.slice(10, 12)), d = Number(id.slice(12, 14));
        const problems = [
          !/^\d{17}[\dX]$/.test(id) && 'format',
          id[17] !== expectedCheck(id) && 'check character',
          !isRealDate(y, mo, d) && 'not a date',
          `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` !== m.birthDate && 'birthDate',
          (Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE') !== m.gender && 'gender',
          m.birthDate > DEMO_REFERENCE_DATE && 'future',
          m.birthDate < '1930-01-01' && 'before 1930',
        ].filter(Boolean);
        if (problems.length) bad.push(`${h.code} ${id}: ${problems.join(', ')}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('never repeats an ID number in a run, also across chunks started with `start`', () => {
    const seen = new Set<string>();
    let people = 0;
    // Three chunks: one aligned to an ID block, one starting mid-block.
    for (const [start, count] of [[0, 100_000], [100_000, 23_457], [123_457, 76_543]] as const) {
      for (const h of generateDemoHouseholds({ count, seed: 99, start })) {
        for (const m of h.members) {
          seen.add(m.idNumber);
          people++;
        }
      }
    }
    expect(people).toBeGreaterThan(400_000);
    expect(seen.size).toBe(people);
  }, 120_000);

  it('gives each household one HEAD, first, and 1–7 members in a plausible family', () => {
    const codes = new Set<string>();
    for (const h of sample) {
      codes.add(h.code);
      expect(h.code.length).toBeLessThanOrEqual(32);
      expect(h.members.length).toBeGreaterThanOrEqual(1);
      expect(h.members.length).toBeLessThanOrEqual(7);
      expect(h.members[0]!.relation).toBe('HEAD');
      expect(h.members.filter((m) => m.relation === 'HEAD')).toHaveLength(1);
      const head = h.members[0]!;
      const headAge = ageAt(head.birthDate);
      expect(headAge).toBeGreaterThanOrEqual(25);
      expect(headAge).toBeLessThanOrEqual(85);
      for (const m of h.members) {
        const age = ageAt(m.birthDate);
        if (m.relation === 'SPOUSE') {
          expect(m.gender).not.toBe(head.gender);
          expect(Math.abs(age - headAge)).toBeLessThanOrEqual(8);
        }
        if (m.relation === 'SON' || m.relation === 'DAUGHTER') {
          expect(m.gender).toBe(m.relation === 'SON' ? 'MALE' : 'FEMALE');
          expect(headAge - age).toBeGreaterThanOrEqual(20);
          expect(headAge - age).toBeLessThanOrEqual(35);
        }
        if (m.relation === 'FATHER' || m.relation === 'MOTHER') expect(age - headAge).toBeGreaterThanOrEqual(20);
        if (m.relation === 'GRANDSON' || m.relation === 'GRANDDAUGHTER') {
          expect(headAge - age).toBeGreaterThanOrEqual(38);
        }
      }
    }
    expect(codes.size).toBe(sample.length);
    // Some single-person households of elderly, disabled or seriously ill people.
    const singles = sample.filter((h) => h.members.length === 1);
    expect(singles.length).toBeGreaterThan(sample.length * 0.05);
    expect(singles.some((h) => ageAt(h.members[0]!.birthDate) >= 60)).toBe(true);
    expect(singles.some((h) => h.members[0]!.health === 'DISABLED')).toBe(true);
  });

  it('keeps schooling, labour ability and disability consistent with age and health', () => {
    for (const h of sample) {
      for (const m of h.members) {
        const age = ageAt(m.birthDate);
        const s = m.schooling;
        if (age < 3) expect(s).toBeNull();
        else if (age < 6) expect(s).toBe('PRESCHOOL');
        else if (age < 12) expect(['IN_PRIMARY', 'DROPPED_OUT']).toContain(s);
        else if (age < 15) expect(['IN_PRIMARY', 'IN_JUNIOR', 'DROPPED_OUT']).toContain(s);
        else if (age < 18) expect(['IN_JUNIOR', 'IN_SENIOR', 'IN_VOCATIONAL', 'DROPPED_OUT', 'JUNIOR']).toContain(s);
        else if (age <= 22) expect(s).not.toMatch(/^(PRESCHOOL|IN_PRIMARY|IN_JUNIOR)$/);
        else expect(['ILLITERATE', 'PRIMARY', 'JUNIOR', 'SENIOR', 'COLLEGE']).toContain(s);
        if (age < 16 || (s !== null && s.startsWith('IN_'))) expect(m.laborAbility).toBe('NONE');
        if (m.laborAbility === 'SKILLED' || m.laborAbility === 'NORMAL') expect(age).toBeGreaterThanOrEqual(16);
        expect(m.disabilityType === null).toBe(m.health !== 'DISABLED');
        expect(m.disabilityGrade === null).toBe(m.health !== 'DISABLED');
        if (m.disabilityGrade === 'GRADE_1' && age >= 16 && !s?.startsWith('IN_')) expect(m.laborAbility).toBe('LOST');
        if (m.phone !== null) expect(m.phone).toMatch(/^1[3-9]\d{9}$/);
        expect(m.name.length).toBeGreaterThanOrEqual(2);
        expect(m.name.length).toBeLessThanOrEqual(5);
      }
    }
    const heads = sample.map((h) => h.members[0]!);
    const withPhone = heads.filter((m) => m.phone !== null).length / heads.length;
    expect(withPhone).toBeGreaterThan(0.7);
    expect(withPhone).toBeLessThan(0.9);
    const all = sample.flatMap((h) => h.members);
    for (const health of ['HEALTHY', 'CHRONIC_ILLNESS', 'SERIOUS_ILLNESS', 'DISABLED']) {
      expect(all.some((m) => m.health === health)).toBe(true);
    }
  });

  it('covers all four categories in roughly the intended shares, with fitting risk types', () => {
    const share = (c: string) => sample.filter((h) => h.category === c).length / sample.length;
    expect(share('UNLIFTED')).toBeGreaterThan(0.15);
    expect(share('UNLIFTED')).toBeLessThan(0.25);
    expect(share('MONITORED')).toBeGreaterThan(0.35);
    expect(share('MONITORED')).toBeLessThan(0.45);
    expect(share('MARGINAL')).toBeGreaterThan(0.3);
    expect(share('MARGINAL')).toBeLessThan(0.4);
    expect(share('SUDDEN')).toBeGreaterThan(0.02);
    expect(share('SUDDEN')).toBeLessThan(0.08);

    const allowed = new Set([
      'ILLNESS', 'DISABILITY', 'SCHOOLING', 'DISASTER', 'ACCIDENT', 'EPIDEMIC', 'BUSINESS_FAILURE',
      'UNSTABLE_EMPLOYMENT', 'LABOR_SHORTAGE', 'HOUSING', 'DRINKING_WATER', 'OTHER',
    ]);
    for (const h of sample) {
      expect(h.riskTypes.length).toBeGreaterThan(0);
      expect(new Set(h.riskTypes).size).toBe(h.riskTypes.length);
      for (const r of h.riskTypes) expect(allowed.has(r)).toBe(true);
      if (h.category === 'SUDDEN') {
        expect(h.riskTypes.some((r) => ['DISASTER', 'ACCIDENT', 'ILLNESS'].includes(r))).toBe(true);
      }
      if (h.riskStatus === 'ELIMINATED') {
        expect(['MONITORED', 'MARGINAL']).toContain(h.category);
        // A household with no working-age member is never marked eliminated.
        const canWork = (m: DemoHousehold['members'][number]) =>
          ageAt(m.birthDate) >= 16 && ageAt(m.birthDate) < 65 && m.laborAbility !== 'LOST' && m.laborAbility !== 'NONE';
        expect(h.members.some(canWork)).toBe(true);
        expect(h.incomePerCapita).toBeGreaterThan(6000);
      }
    }
    const eliminated = sample.filter((h) => h.riskStatus === 'ELIMINATED').length / sample.length;
    expect(eliminated).toBeGreaterThan(0.05);
    expect(eliminated).toBeLessThan(0.35);
    // Members' health shows up in the risk types most of the time.
    const serious = sample.filter((h) => h.members.some((m) => m.health === 'SERIOUS_ILLNESS'));
    expect(serious.filter((h) => h.riskTypes.includes('ILLNESS')).length / serious.length).toBeGreaterThan(0.7);
    const disabled = sample.filter((h) => h.members.some((m) => m.health === 'DISABLED'));
    expect(disabled.filter((h) => h.riskTypes.includes('DISABILITY')).length / disabled.length).toBeGreaterThan(0.7);
  });

  it('spreads households over every township and village, most in the rural towns', () => {
    const villageCodes = new Set(sample.map((h) => h.regionCode));
    for (const v of VILLAGES) expect(villageCodes.has(v.code), `${v.name} ${v.code}`).toBe(true);
    const townshipCodes = new Set(sample.map((h) => h.townshipCode));
    for (const t of TOWNSHIPS) expect(townshipCodes.has(t.code), t.name).toBe(true);
    for (const h of sample) {
      expect(h.regionCode).toMatch(/^\d{12}$/);
      expect(h.regionCode.startsWith(h.townshipCode)).toBe(true);
      expect(VILLAGES.some((v) => v.code === h.regionCode)).toBe(true);
    }
    const rural = ['640121100', '640121101', '640121102', '640121103', '640121104', '640121200'];
    expect(sample.filter((h) => rural.includes(h.townshipCode)).length / sample.length).toBeGreaterThan(0.8);
  });

  it('gives 闽宁镇 many 固原 (6404xx) ID numbers and other townships mostly 640121', () => {
    const minning = sample.filter((h) => h.townshipCode === MINNING).flatMap((h) => h.members);
    const guyuan = minning.filter((m) => /^6404(02|22|23|24|25)/.test(m.idNumber)).length;
    expect(guyuan / minning.length).toBeGreaterThan(0.3);
    const rest = sample.filter((h) => h.townshipCode !== MINNING).flatMap((h) => h.members);
    expect(rest.filter((m) => m.idNumber.startsWith('640121')).length / rest.length).toBeGreaterThan(0.75);
    expect(rest.some((m) => m.idNumber.startsWith('64') && !m.idNumber.startsWith('640121'))).toBe(true);
  });

  it('uses Hui surnames heavily in 闽宁镇 and 纳家户村', () => {
    const hui = new Set(['马', '海', '纳', '冶', '拓', '哈', '虎', '穆', '丁', '金', '白', '苏', '锁', '沙', '兰', '米']);
    const huiShare = (hs: DemoHousehold[]) => hs.filter((h) => hui.has(h.members[0]!.name[0]!)).length / hs.length;
    const naVillage = VILLAGES.find((v) => v.name.startsWith('纳家户'));
    const big = take(20_000, 3);
    const minning = huiShare(big.filter((h) => h.townshipCode === MINNING));
    const lijun = huiShare(big.filter((h) => h.townshipCode === '640121101'));
    expect(minning).toBeGreaterThan(0.3);
    expect(lijun).toBeLessThan(0.3);
    expect(minning).toBeGreaterThan(2 * lijun);
    if (naVillage) expect(huiShare(big.filter((h) => h.regionCode === naVillage.code))).toBeGreaterThan(0.6);
  }, 60_000);

  it('keeps per-capita incomes around the 6000 元 line, with at most 2 decimals', () => {
    for (const h of sample) {
      expect(h.incomePerCapita).toBeGreaterThanOrEqual(3000);
      expect(h.incomePerCapita).toBeLessThanOrEqual(12000);
      expect(Math.round(h.incomePerCapita * 100) / 100).toBe(h.incomePerCapita);
    }
    const mean = (c: string) => {
      const xs = sample.filter((h) => h.category === c).map((h) => h.incomePerCapita);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(mean('UNLIFTED')).toBeLessThan(6000);
    expect(mean('MARGINAL')).toBeGreaterThan(6000);
    expect(mean('UNLIFTED')).toBeLessThan(mean('MONITORED'));
    expect(mean('MONITORED')).toBeLessThan(mean('MARGINAL'));
  });

  it('writes addresses with the township, the village and a 队/组 and house number', () => {
    for (const h of sample) {
      const v = VILLAGES.find((r) => r.code === h.regionCode)!;
      const t = TOWNSHIPS.find((r) => r.code === h.townshipCode)!;
      expect(h.address.startsWith(t.name)).toBe(true);
      expect(h.address).toContain(v.name.replace(/(村民委员会|村委会|居民委员会|居委会)$/, ''));
      expect(h.address).toMatch(/(([一二三四五六七八九十]+)[队组]\d+号|\d+号楼\d单元\d+室)$/);
      expect(h.helperName.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('draws the people of each 2,000,000-household epoch from a county code of its own, so IDs stay unique up to 10,000,000', () => {
    expect(DEMO_MAX_HOUSEHOLDS).toBe(10_000_000);
    const epoch = 2_000_000;
    const seen = new Map<string, number>();
    // the last households of each epoch and the first of the next, and whole blocks on both sides of a boundary
    for (let e = 0; e < 5; e++) {
      for (const start of [e * epoch, e * epoch + epoch - 300, e * epoch + DEMO_BLOCK_SIZE * 97]) {
        for (const h of take(300, 7, start)) {
          for (const m of h.members) {
            expect(m.idNumber[17], m.idNumber).toBe(expectedCheck(m.idNumber));
            if (e > 0) expect(m.idNumber.slice(0, 6)).toBe(['640202', '640205', '640303', '640323'][e - 1]);
            const before = seen.get(m.idNumber);
            expect(before, `${m.idNumber} at ${start} and ${before}`).toBeUndefined();
            seen.set(m.idNumber, start);
          }
        }
      }
    }
    expect(seen.size).toBeGreaterThan(5 * 3 * 300);
  });

  it('refuses a run beyond its ID capacity or with bad arguments', () => {
    expect(() => take(1, 1, DEMO_MAX_HOUSEHOLDS)).toThrow(RangeError);
    expect(() => take(-1, 1)).toThrow(RangeError);
    expect(() => take(1.5, 1)).toThrow(RangeError);
    expect(take(0, 1)).toEqual([]);
    expect(take(1, 1, DEMO_MAX_HOUSEHOLDS - 1)).toHaveLength(1);
  });
});
