// Vocabulary of the accountability tables (责任台账): English identifiers on the wire, zh/en labels here.
import { defineEnum } from './labels.js';

/** How a measure recurs after its first deadline. */
export const Recurrence = { NONE: 'NONE', ONGOING: 'ONGOING', MONTHLY: 'MONTHLY' } as const;
export type Recurrence = (typeof Recurrence)[keyof typeof Recurrence];
export const RecurrenceDef = defineEnum<Recurrence>(
  'Recurrence',
  {
    NONE: { zh: '一次性完成', en: 'One-off' },
    ONGOING: { zh: '长期坚持', en: 'Ongoing' },
    MONTHLY: { zh: '每月报送', en: 'Monthly' },
  },
  { 并长期坚持: 'ONGOING', 每月动态监测: 'MONTHLY', 每月: 'MONTHLY', 一次性: 'NONE' },
);

/** Where an assignment (one measure × one responsible unit) stands. Only the office closes (销号). */
export const AssignmentStatus = {
  NOT_STARTED: 'NOT_STARTED', IN_PROGRESS: 'IN_PROGRESS', CLOSE_REQUESTED: 'CLOSE_REQUESTED', CLOSED: 'CLOSED',
} as const;
export type AssignmentStatus = (typeof AssignmentStatus)[keyof typeof AssignmentStatus];
export const AssignmentStatusDef = defineEnum<AssignmentStatus>(
  'AssignmentStatus',
  {
    NOT_STARTED: { zh: '未启动', en: 'Not started' },
    IN_PROGRESS: { zh: '推进中', en: 'In progress' },
    CLOSE_REQUESTED: { zh: '申请销号', en: 'Close-off requested' },
    CLOSED: { zh: '已销号', en: 'Closed' },
  },
  { 未开始: 'NOT_STARTED', 进行中: 'IN_PROGRESS', 待销号: 'CLOSE_REQUESTED', 已办结: 'CLOSED', 办结销号: 'CLOSED' },
);

/** What kind of body a responsible unit (责任单位) is. */
export const UnitKind = { BUREAU: 'BUREAU', TOWNSHIP: 'TOWNSHIP', SUBDISTRICT: 'SUBDISTRICT', OTHER: 'OTHER' } as const;
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];
export const UnitKindDef = defineEnum<UnitKind>('UnitKind', {
  BUREAU: { zh: '县直部门', en: 'County bureau' },
  TOWNSHIP: { zh: '乡镇', en: 'Township' },
  SUBDISTRICT: { zh: '街道', en: 'Sub-district' },
  OTHER: { zh: '其他', en: 'Other' },
});

/** What happened on an assignment's timeline. */
export const AssignmentEventKind = {
  REPORTED: 'REPORTED', CLOSE_REQUESTED: 'CLOSE_REQUESTED', CLOSE_APPROVED: 'CLOSE_APPROVED',
  CLOSE_REJECTED: 'CLOSE_REJECTED', URGED: 'URGED',
} as const;
export type AssignmentEventKind = (typeof AssignmentEventKind)[keyof typeof AssignmentEventKind];
export const AssignmentEventKindDef = defineEnum<AssignmentEventKind>('AssignmentEventKind', {
  REPORTED: { zh: '报送进展', en: 'Progress reported' },
  CLOSE_REQUESTED: { zh: '申请销号', en: 'Close-off requested' },
  CLOSE_APPROVED: { zh: '同意销号', en: 'Close-off approved' },
  CLOSE_REJECTED: { zh: '退回', en: 'Sent back' },
  URGED: { zh: '催办', en: 'Urged' },
});
