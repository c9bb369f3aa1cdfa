import {
  Recurrence, RecurrenceDef, AssignmentStatus, AssignmentStatusDef, UnitKind, UnitKindDef, AssignmentEventKind,
  AssignmentEventKindDef,
} from '@doudi/shared';
import { registerDomainEnum } from '../../common/enums.js';

// The task enums from @doudi/shared, registered for the schema as the household's are (common/enums.ts).
const register = registerDomainEnum;

register(Recurrence, RecurrenceDef, '完成时限的周期 — how a measure recurs after its first deadline');
register(AssignmentStatus, AssignmentStatusDef, '责任台账状态 — where an assignment stands; only the office closes it (销号)');
register(UnitKind, UnitKindDef, '责任单位类别');
register(AssignmentEventKind, AssignmentEventKindDef, '台账动态 — what happened on an assignment\'s timeline');

export { Recurrence, AssignmentStatus, UnitKind, AssignmentEventKind };
