import { describe, expect, it, vi } from 'vitest';
import { MutableClock, TEST_DB_KIND } from '../../test-support/harness.js';
import { findAssignment, M, must } from '../../test-support/tasks.js';
import { liveSuite } from '../../test-support/live-suite.js';

const SUB = `subscription { assignmentsChanged { id status version actor fields { field value } } }`;
const clock = new MutableClock(new Date('2020-12-20T02:00:00Z'));
const live = liveSuite({ clock, auth: { sessionHours: 24 * 365 * 20 } });
const subscribe = (username: string) => live.subscribe(username, SUB);

describe(`assignmentsChanged on ${TEST_DB_KIND}`, () => {
  it('sends an urged assignment to its own unit and the county, never to another unit', async () => {
    const office = await live.s.as('office');
    const yanghe = await findAssignment(live.s.gql, 1, '640121100');
    const lijun = await findAssignment(live.s.gql, 1, '640121101');
    const base = live.s.app.bus.listenerCount;
    const own = await subscribe('yanghe');
    const other = await subscribe('lijun');
    const county = await subscribe('county');
    await vi.waitFor(() => expect(live.s.app.bus.listenerCount).toBe(base + 3), { timeout: 10_000, interval: 10 });

    const urged = await must(office, M.urge, { id: yanghe.id, v: yanghe.version, t: '请尽快报送' });
    const ev = (await own.next()).data.assignmentsChanged;
    expect(ev).toMatchObject({ id: yanghe.id, version: urged.version, actor: 'office' });
    expect((await county.next()).data.assignmentsChanged.id).toBe(yanghe.id);

    await must(office, M.urge, { id: lijun.id, v: lijun.version, t: '请尽快报送' });
    // 李俊镇's first event is its own assignment: 杨和镇's never reached it.
    expect((await other.next()).data.assignmentsChanged.id).toBe(lijun.id);
  });
});
