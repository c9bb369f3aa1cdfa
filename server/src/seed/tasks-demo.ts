import type { EntityManager } from '@mikro-orm/core';
import { chinaDate, chinaDayStart, periodsBetween, periodOf, reportDueDate, type DeadlineRules } from '@doudi/shared';
import { Assignment } from '../modules/tasks/assignment.entity.js';
import { DEMO_USERS } from './demo-users.js';
import { hash32 } from './demo-random.js';
import { Story } from './tasks-story.js';
import { REPORT_TEXTS, REJECT_REASONS, URGE_TEXTS } from './tasks-demo-texts.js';

const DAY = 86_400_000;

/** A deterministic stream of numbers for one assignment. */
function dice(seed: number) {
  let i = 0;
  const next = () => hash32(seed * 7919 + (i += 1)) / 2 ** 32;
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
  };
}

const DATED_FATES = [
  ['CLOSED', 44], ['CLOSED_AFTER_REJECT', 8], ['CLOSED_LATE', 8], ['CLOSED_RECENT', 6], ['CLOSE_REQUESTED', 9],
  ['IN_PROGRESS', 15], ['SENT_BACK_TWICE', 5], ['NOT_STARTED', 5],
] as const;
const ONGOING_FATES = [['IN_PROGRESS', 55], ['CLOSED', 15], ['CLOSED_RECENT', 10], ['CLOSE_REQUESTED', 10], ['NOT_STARTED', 10]] as const;

function fate<T extends string>(table: readonly (readonly [T, number])[], r: number): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  for (const [f, w] of table) if (r < (acc += w / total)) return f;
  return table[table.length - 1]![0];
}

/**
 * Demo progress on the seeded plan, relative to "now": most rows reported on, many closed, some awaiting close-off,
 * some sent back, some overdue and escalated, a few not started; the monthly ledger (measure 12) reported month by
 * month with a few units behind. The same clock always gives the same history.
 */
export async function seedTaskDemoProgress(em: EntityManager, planId: number, issuedOn: string, now: Date, rules: DeadlineRules): Promise<number> {
  const actorOf = new Map(DEMO_USERS.filter((u) => u.unitCode).map((u) => [u.unitCode!, u.username]));
  const rows = await em.find(Assignment, { measure: { plan: planId } }, { populate: ['measure'], orderBy: { id: 'asc' } });
  const t0 = chinaDayStart(issuedOn).getTime();
  const day = (d: number, hour = 10) => new Date(t0 + d * DAY + hour * 3_600_000);
  const nowDays = Math.floor((now.getTime() - t0) / DAY);
  const stories: Story[] = [];
  let monthlyIndex = 0;

  for (const a of rows) {
    const m = a.measure;
    const rnd = dice(m.no * 1000 + (hash32(a.unit.code.split('').reduce((s, c) => s * 31 + c.charCodeAt(0), 7)) % 997));
    const story = new Story(em, a, now, actorOf.get(a.unit.code) ?? 'system');
    stories.push(story);
    const text = (at: Date) => rnd.pick(REPORT_TEXTS[m.no] ?? REPORT_TEXTS[1]!)((lo, hi) => rnd.int(lo, hi), `${periodOf(at).replace('-', '年')}月`);
    const say = (at: Date, period?: string) => story.report(at, text(at), period);

    if (m.recurrence === 'MONTHLY') {
      // Units 3 and 6 are a month behind, unit 5 three months; the others report every month, one month of theirs late.
      const behind = monthlyIndex === 4 ? 3 : monthlyIndex === 2 || monthlyIndex === 5 ? 1 : 0;
      monthlyIndex += 1;
      const periods = periodsBetween(periodOf(issuedOn), periodOf(now));
      const today = chinaDate(now);
      const due = periods.filter((p) => reportDueDate(p, rules.graceDays) < today);
      const skipped = new Set(behind ? [...due.slice(-behind), ...periods.slice(due.length)] : []);
      const lateOne = !behind && due.length > 6 ? due[rnd.int(1, due.length - 4)] : undefined;
      const steps: { at: Date; run: () => void }[] = [];
      for (const p of periods) {
        if (skipped.has(p)) continue;
        const when = p === lateOne
          ? new Date(chinaDayStart(reportDueDate(p, rules.graceDays)).getTime() + rnd.int(5, 15) * DAY + 10 * 3_600_000)
          : new Date(chinaDayStart(`${p}-${String(rnd.int(20, 28)).padStart(2, '0')}`).getTime() + 10 * 3_600_000);
        steps.push({ at: when, run: () => void say(when, p) });
      }
      if (behind) {
        const firstMissing = due[due.length - behind];
        if (firstMissing) {
          const when = new Date(chinaDayStart(reportDueDate(firstMissing, rules.graceDays)).getTime() + 3 * DAY + 9 * 3_600_000);
          steps.push({ at: when, run: () => void story.urge(when, URGE_TEXTS[1]!) });
        }
      }
      steps.sort((x, y) => x.at.getTime() - y.at.getTime());
      // Each month is written independently of the others: a month after "now" is simply not there yet.
      for (const s of steps) if (s.at.getTime() < now.getTime() - 3_600_000) s.run();
      continue;
    }

    const f = m.deadline ? fate(DATED_FATES, rnd.next()) : fate(ONGOING_FATES, rnd.next());
    if (f === 'NOT_STARTED') {
      if (m.deadline && nowDays > 45) story.urge(day(nowDays - rnd.int(3, 20), 9), URGE_TEXTS[0]!);
      continue;
    }
    const d1 = rnd.int(1, 8);
    say(day(d1));
    const periodic = (from: number, to: number, every: [number, number]) => {
      for (let d = from + rnd.int(...every); d < to; d += rnd.int(...every)) say(day(d));
    };
    if (f === 'CLOSED') {
      const r = d1 + rnd.int(2, m.deadline ? 5 : 120);
      story.request(day(r, 15)) && story.approve(day(r + rnd.int(1, 3), 11));
    } else if (f === 'CLOSED_AFTER_REJECT') {
      const r = d1 + rnd.int(2, 5);
      story.request(day(r, 15)) && story.reject(day(r + 1, 11), rnd.pick(REJECT_REASONS)) &&
        say(day(r + 8)) && story.request(day(r + 9, 15)) && story.approve(day(r + 12, 11));
    } else if (f === 'CLOSED_LATE') {
      const r = d1 + rnd.int(40, 150);
      periodic(d1, r, [20, 40]);
      story.request(day(r, 15)) && story.approve(day(r + rnd.int(2, 6), 11));
    } else if (f === 'CLOSED_RECENT') {
      // closed off within the last weeks: the bulletins of this month and the last have something to show
      const r = Math.max(d1 + 2, nowDays - rnd.int(8, 40));
      periodic(d1, r - 1, [60, 120]);
      story.request(day(r, 15)) && story.approve(day(Math.min(r + rnd.int(1, 5), nowDays), 11));
    } else if (f === 'CLOSE_REQUESTED') {
      const r = Math.max(d1 + 2, nowDays - rnd.int(2, 12));
      periodic(d1, r - 1, [60, 120]);
      story.request(day(r, 15));
    } else if (f === 'SENT_BACK_TWICE') {
      const r = d1 + rnd.int(3, 6);
      story.request(day(r, 15)) && story.reject(day(r + 2, 11), REJECT_REASONS[0]!) && say(day(r + 12)) &&
        story.request(day(r + 14, 15)) && story.reject(day(r + 16, 11), rnd.pick(REJECT_REASONS.slice(1)));
      periodic(r + 16, nowDays - 2, [60, 150]);
    } else {
      periodic(d1, nowDays - 8, [45, 120]);
      if (rnd.next() < 0.5 && nowDays > 40) story.urge(day(nowDays - rnd.int(1, 6), 9), rnd.pick(URGE_TEXTS));
    }
  }
  await em.flush();
  for (const s of stories) s.link();
  await em.flush();
  return rows.length;
}
