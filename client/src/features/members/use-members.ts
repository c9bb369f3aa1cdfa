// The members of one household as a sheet (same keys, paste, fill, conflicts as the ledger), plus the member-only
// operations: remove, make head, reveal masked data.
import { onBeforeUnmount, ref, shallowRef } from 'vue';
import { confirmDialog } from '../../components/confirm';
import type { GridOptions } from 'ag-grid-community';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS } from '@doudi/shared';
import { GqlError } from '../../api/client';
import { useLoading } from '../../api/use-loading';
import { t } from '../../i18n';
import { fieldColumn } from '../../grid/field-columns';
import { newChangeSetId, onChangeSetApplied, recordStep } from '../../grid/change-sets';
import { useSpreadsheet } from '../../grid/use-spreadsheet';
import { isMasked, keepMasked } from '../../grid/masking';
import { deferredLive } from '../../grid/live-hook';
import type { Household } from '../ledger/household-api';
import { notify } from '../ledger/use-ledger';
import { can, session } from '../auth/session';
import { fetchHouseholdWithMembers, removeMembers, revealHousehold, saveMembers, setHouseholdHead, type Member } from './member-api';

export function useMembers(initial: Household, onHousehold: (h: Household) => void) {
  const household = shallowRef<Household>(initial);
  const members = shallowRef<Member[]>([]);
  // a failed read is told in a toast, not on the sheet
  const { loading, run } = useLoading((e) => (notify('error', t('loadFailed', { msg: (e as Error).message })), ''), { initially: true });
  const revealed = ref(false);

  const maskHousehold = keepMasked<Household>(HOUSEHOLD_FIELDS);
  const setHousehold = (h: Household) => {
    // Shown as it was: masked until revealed, and a revealed household stays revealed.
    household.value = maskHousehold(h, household.value);
    onHousehold(household.value);
  };

  const sheet = useSpreadsheet<Member>({
    columns: () => MEMBER_FIELDS.map((m) => fieldColumn<Member>(m, {}, false)),
    adapter: {
      save: (req, cs) => saveMembers(household.value.id, req, cs, setHousehold),
      requiredForCreate: ['name', 'idNumber', 'relation'],
    },
    rowModel: 'clientSide',
    readOnly: () => !can('ledger:write'),
    canAddRows: () => can('ledger:write'),
    onCreated: () => void load(),
    notify,
    persistKey: `members.${session.user?.username ?? ''}.${initial.id}`,
    present: keepMasked<Member>(MEMBER_FIELDS),
  });

  async function load() {
    await run(async () => {
      const h = await fetchHouseholdWithMembers(initial.id, !!initial.deletedAt);
      if (h) {
        const { members: fetched, ...rest } = h;
        const list = sheet.pipeline.fresher(fetched);
        members.value = list;
        setHousehold(rest as Household);
        sheet.api()?.setGridOption('rowData', list);
      }
    });
    live.start();
  }
  onBeforeUnmount(onChangeSetApplied(() => void load()));

  // ---- live: other people's saved member edits (grid/live.ts, loaded after the first load) -----------------------
  const live = deferredLive(() => import('./members-live').then((mod) => mod.startMembersLive({
    sheet,
    householdId: initial.id,
    refresh: () => void load(),
    self: () => session.user?.username ?? 'anonymous',
  })));
  onBeforeUnmount(() => live.stop());

  const gridOptions: GridOptions<Member> = { rowModelType: 'clientSide', rowData: [], onGridReady: () => void load() };

  async function selected(): Promise<Member[]> {
    return (await sheet.actions.selectedRows()) as Member[];
  }

  async function removeSelected() {
    const rows = (await selected()).filter((m) => m.relation !== 'HEAD');
    if (!rows.length) return notify('info', t('selectRowsFirst'));
    if (!(await confirmDialog(t('confirmRemoveMember', { name: rows.map((r) => r.name).join('、') }), t('removeMember')))) return;
    const step = newChangeSetId();
    try {
      const res = await removeMembers(rows, step);
      const errors = res.filter((r) => !r.ok).flatMap((r) => r.errors.map((e) => e.message));
      if (res.some((r) => r.ok)) recordStep({ id: step, label: t('removeMember') });
      if (errors.length) notify('error', errors.join('；'));
    } catch (e) {
      notify('error', (e as Error).message);
    }
    await load();
  }

  async function makeHead() {
    const [m] = await selected();
    if (!m) return notify('info', t('selectRowsFirst'));
    const step = newChangeSetId();
    try {
      const r = await setHouseholdHead(household.value, m.id, step);
      if (r.ok) recordStep({ id: step, label: t('setHead') });
      else notify('error', r.errors.map((e) => e.message).join('；') || t('conflictMsg', { theirs: '', mine: '' }));
    } catch (e) {
      notify('error', (e as Error).message);
    }
    await load();
  }

  async function reveal() {
    try {
      const r = (await revealHousehold(household.value.id))!;
      revealed.value = true;
      household.value = { ...household.value, headIdNumber: r.headIdNumber, phone: r.phone };
      onHousehold(household.value);
      const byId = new Map(r.members.map((x) => [x.id, x]));
      members.value = members.value.map((m) => ({ ...m, ...(byId.get(m.id) ?? {}) }));
      sheet.api()?.setGridOption('rowData', members.value);
    } catch (e) {
      if (e instanceof GqlError && e.code === 'FORBIDDEN') notify('error', t('revealForbidden'));
      else notify('error', (e as Error).message);
    }
  }

  const masked = () => isMasked(household.value.headIdNumber) || isMasked(household.value.phone) || members.value.some((m) => isMasked(m.idNumber) || isMasked(m.phone));

  return { sheet, household, members, loading, gridOptions, load, removeSelected, makeHead, reveal, masked, revealed };
}
