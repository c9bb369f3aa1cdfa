import { registerEnumType } from 'type-graphql';
import {
  Recurrence, RecurrenceDef, AssignmentStatus, AssignmentStatusDef, UnitKind, UnitKindDef, AssignmentEventKind,
  AssignmentEventKindDef, type EnumDef,
} from '@doudi/shared';

function register(enumObj: object, def: EnumDef<string>, description: string): void {
  const valuesConfig: Record<string, { description: string }> = {};
  for (const v of def.values) valuesConfig[v] = { description: `${def.labels[v].zh} (${def.labels[v].en})` };
  registerEnumType(enumObj, { name: def.name, description, valuesConfig });
}

register(Recurrence, RecurrenceDef, '完成时限的周期 — how a measure recurs after its first deadline');
register(AssignmentStatus, AssignmentStatusDef, '责任台账状态 — where an assignment stands; only the office closes it (销号)');
register(UnitKind, UnitKindDef, '责任单位类别');
register(AssignmentEventKind, AssignmentEventKindDef, '台账动态 — what happened on an assignment\'s timeline');

export { Recurrence, AssignmentStatus, UnitKind, AssignmentEventKind };
