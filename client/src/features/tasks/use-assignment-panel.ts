// The assignment panel of a task page (the office's board, a unit's own page): which assignment is open (the route's
// `?a=`, so a link opens it), opening and closing it, and a row replaced by the panel's answer after an action.
import { computed, type Ref } from 'vue';
import { useRoute, useRouter } from '../../router-core';
import type { AssignmentDetail, AssignmentRow } from './task-api';

export function useAssignmentPanel(rows: Ref<AssignmentRow[]>) {
  const route = useRoute();
  const router = useRouter();
  const selected = computed(() => (typeof route.query.a === 'string' ? route.query.a : null));
  const open = (id: string) => void router.replace({ query: { ...route.query, a: id } });
  function close() {
    const q = { ...route.query };
    delete q.a;
    void router.replace({ query: q });
  }
  function changed(a: AssignmentDetail) {
    const i = rows.value.findIndex((r) => r.id === a.id);
    if (i >= 0) rows.value.splice(i, 1, a);
  }
  return { selected, open, close, changed };
}
