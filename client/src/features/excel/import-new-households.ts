// A roll import's households and members that are not yet in the ledger (report.newHouseholds): tiles for the dry run
// and the result, and one sentence saying what the commit creates (or created). Nothing when the report has none.
import type { ImportReport } from './excel-http';
import { x } from './excel-text';

export function newHouseholdCounts(r: ImportReport, done: boolean): { stat: string; n: number; label: string }[] {
  const n = r.newHouseholds;
  if (!n) return [];
  return [
    { stat: 'newHouseholds', n: n.households, label: x(done ? 'newHouseholdsDone' : 'newHouseholds') },
    { stat: 'newMembers', n: n.members, label: x('newMembers') },
    { stat: 'addedMembers', n: n.addedMembers ?? 0, label: x(done ? 'addedMembersDone' : 'addedMembers') },
  ];
}

export function newHouseholdNote(r: ImportReport, done: boolean): string | null {
  const n = r.newHouseholds;
  if (!n || (done && r.committed === false) || n.households + (n.addedMembers ?? 0) === 0) return null;
  return x(done ? 'newHouseholdsNoteDone' : 'newHouseholdsNote', { h: n.households, m: n.members, a: n.addedMembers ?? 0 });
}
