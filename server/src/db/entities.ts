import { Region } from '../modules/region/region.entity.js';
import { Household } from '../modules/household/household.entity.js';
import { HouseholdCount } from '../modules/household/household-count.entity.js';
import { Member } from '../modules/household/member.entity.js';
import { CodeCounter } from '../modules/household/code-counter.entity.js';
import { PendingEvidence } from '../modules/tasks/pending-evidence.entity.js';
import { AppUser } from '../modules/auth/user.entity.js';
import { AuthToken, ApiTokenUsage } from '../modules/auth/token.entity.js';
import { AuditEvent, PiiAccess } from '../modules/audit/audit.entity.js';
import { ViewState } from '../modules/view-state/view-state.entity.js';
import { ChangeSetState } from '../modules/undo/change-set.entity.js';
import { Plan, Measure, ResponsibleUnit } from '../modules/tasks/plan.entity.js';
import { Assignment, ProgressReport, EvidenceFile, AssignmentEvent } from '../modules/tasks/assignment.entity.js';
import { MonitoringLine, MonthlyCheck, RiskReferral, MonthLock, MonthlyCheckCorrection } from '../modules/monitoring/monitoring.entity.js';
import { ASSISTANCE_ENTITIES } from '../modules/assistance/assistance.entities.js';
import { DibaoStandard } from '../modules/assistance/dibao-standard.entity.js';
import { COMPARISON_ENTITIES } from '../modules/comparison/comparison.entity.js';
import { APPLICATION_ENTITIES } from '../modules/applications/application.entity.js';
import { WEBHOOK_ENTITIES } from '../modules/webhooks/webhook.entity.js';

/** Every entity, listed once: no folder scanning, so tsx, vitest and the tsc build see the same set. */
export const ENTITIES = [Region, Household, HouseholdCount, Member, AppUser, AuthToken, AuditEvent, PiiAccess, ViewState, ChangeSetState,
  Plan, Measure, ResponsibleUnit, Assignment, ProgressReport, EvidenceFile, AssignmentEvent,
  MonitoringLine, MonthlyCheck, RiskReferral, MonthLock, MonthlyCheckCorrection, ...ASSISTANCE_ENTITIES, CodeCounter, PendingEvidence,
  DibaoStandard,
  ...COMPARISON_ENTITIES,
  ApiTokenUsage,
  ...APPLICATION_ENTITIES,
  ...WEBHOOK_ENTITIES];
