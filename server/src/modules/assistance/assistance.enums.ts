import { registerDomainEnum } from '../../common/enums.js';
import {
  DibaoKind, DibaoKindDef, DibaoState, DibaoStateDef, NoticeStatus, NoticeStatusDef, ReliefType, ReliefTypeDef,
  SupportMode, SupportModeDef, TekunState, TekunStateDef, SelfCareResult, SelfCareResultDef, AssessmentStage,
  AssessmentStageDef, AssessmentBatchState, AssessmentBatchStateDef, ReliefApproval, ReliefApprovalDef, SubsidyGroup, SubsidyGroupDef,
  CareAgreementStatus, CareAgreementStatusDef, CarerKind, CarerKindDef, PersonCondition, PersonConditionDef,
} from '@doudi/shared';

// The assistance enums from @doudi/shared, registered for the schema as the household's are (common/enums.ts).
const register = registerDomainEnum;

register(DibaoKind, DibaoKindDef, '低保 — a whole household, or one member alone (单人保)');
register(DibaoState, DibaoStateDef, '低保状态: ACTIVE → GRADUAL_EXIT → ENDED');
register(NoticeStatus, NoticeStatusDef, '渐退期书面告知状态');
register(ReliefType, ReliefTypeDef, '临时救助类型');
register(SupportMode, SupportModeDef, '特困供养方式');
register(TekunState, TekunStateDef, '特困供养状态');
register(SelfCareResult, SelfCareResultDef, '生活自理能力评估结论 — derived from the six items, never typed');
register(AssessmentStage, AssessmentStageDef, '评估阶段: township preliminary, county final');
register(AssessmentBatchState, AssessmentBatchStateDef, '评估批次状态: OPEN → SPOT_CHECK → FINALISED');

register(ReliefApproval, ReliefApprovalDef, '临时救助县级审批: NONE (township\'s own) or PENDING → APPROVED | REJECTED');
register(SubsidyGroup, SubsidyGroupDef, '价格临时补贴覆盖的保障类别');
register(CareAgreementStatus, CareAgreementStatusDef, '委托照料服务协议状态');
register(CarerKind, CarerKindDef, '照料方: a person or an organisation');
register(PersonCondition, PersonConditionDef, '探访时的身体和生活状况');

export { ReliefApproval, SubsidyGroup, CareAgreementStatus, CarerKind, PersonCondition };
export { DibaoKind, DibaoState, NoticeStatus, ReliefType, SupportMode, TekunState, SelfCareResult, AssessmentStage, AssessmentBatchState };
