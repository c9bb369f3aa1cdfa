import type { EntityManager } from '@mikro-orm/core';
import { periodOf } from '@doudi/shared';
import { Assignment, AssignmentEvent, ProgressReport } from '../modules/tasks/assignment.entity.js';

const HOUR = 3_600_000;

/**
 * Writes one assignment's demo history in time order, as the real flow would have: reports, close-off requests,
 * decisions and urges. A step dated after "now" (less an hour) is not written, and neither is anything after it,
 * so the same script gives a consistent history for any clock.
 */
export class Story {
  private stopped = false;
  private notice: AssignmentEvent | null = null;
  private readonly pairs: [AssignmentEvent, ProgressReport][] = [];

  constructor(
    private readonly em: EntityManager,
    private readonly a: Assignment,
    private readonly now: Date,
    private readonly unitActor: string,
    private readonly officeActor = 'office',
  ) {}

  private ok(at: Date): boolean {
    if (this.stopped || at.getTime() > this.now.getTime() - HOUR) this.stopped = true;
    return !this.stopped;
  }

  private event(kind: string, at: Date, actor: string, text: string | null, to: string | null): AssignmentEvent {
    const from = this.a.status;
    const changed = to !== null && to !== from;
    const ev = this.em.create(AssignmentEvent, {
      assignment: this.a, kind, at, actor, text, fromStatus: changed ? from : null, toStatus: changed ? to : null,
    });
    if (changed) this.a.status = to!;
    this.a.updatedAt = at;
    this.a.version += 1; // one version step per step of the history, as the real flow takes
    return ev;
  }

  get status(): string {
    return this.a.status;
  }

  report(at: Date, text: string, period = periodOf(at)): boolean {
    if (!this.ok(at) || this.a.status === 'CLOSED') return false;
    const r = this.em.create(ProgressReport, { assignment: this.a, period, text, reporter: this.unitActor, at });
    const ev = this.event('REPORTED', at, this.unitActor, text, this.a.status === 'NOT_STARTED' ? 'IN_PROGRESS' : null);
    this.pairs.push([ev, r]);
    this.a.lastReportAt = at;
    this.notice = null;
    return true;
  }

  request(at: Date): boolean {
    if (!this.ok(at) || this.a.status !== 'IN_PROGRESS') return false;
    this.event('CLOSE_REQUESTED', at, this.unitActor, null, 'CLOSE_REQUESTED');
    return true;
  }

  approve(at: Date): boolean {
    if (!this.ok(at) || this.a.status !== 'CLOSE_REQUESTED') return false;
    this.event('CLOSE_APPROVED', at, this.officeActor, null, 'CLOSED');
    this.a.closedAt = at;
    this.a.closedBy = this.officeActor;
    this.notice = null;
    return true;
  }

  reject(at: Date, reason: string): boolean {
    if (!this.ok(at) || this.a.status !== 'CLOSE_REQUESTED') return false;
    this.event('CLOSE_REJECTED', at, this.officeActor, reason, 'IN_PROGRESS');
    this.a.rejectionCount += 1;
    return true;
  }

  urge(at: Date, text: string): boolean {
    if (!this.ok(at) || this.a.status === 'CLOSED') return false;
    this.notice = this.event('URGED', at, this.officeActor, text, null);
    return true;
  }

  /** After the first flush: link events to their reports and the notice to its urge. */
  link(): void {
    for (const [ev, r] of this.pairs) ev.reportId = r.id;
    this.a.noticeEventId = this.notice?.id ?? null;
  }
}
