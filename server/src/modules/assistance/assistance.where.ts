// The assistance lists' filters (低保 cases, relief grants, 特困 people). Their equality fields are the field tables'
// filterable fields (common/table-where.ts); the services map them to columns and apply the filters' own fields
// (region prefix, search, derived flags).
import { ID, InputType } from 'type-graphql';
import { DIBAO_CASE_FIELDS, RELIEF_GRANT_FIELDS, TEKUN_PERSON_FIELDS } from '@doudi/shared';
import { tableWhereLayout } from '../../common/table-fields.js';
import { DibaoKind, DibaoState, ReliefApproval, ReliefType, SupportMode, TekunState } from './assistance.enums.js';

@InputType()
export class DibaoCaseWhere {
  regionCode?: string | null;
  state?: DibaoState | null;
  kind?: DibaoKind | null;
  householdId?: string | null;
  aboveLine?: boolean | null;
  endsWithin3Months?: boolean | null;
  search?: string | null;
}
tableWhereLayout(DibaoCaseWhere, DIBAO_CASE_FIELDS, {
  regionCode: { type: () => String, description: 'region-code prefix: county, township or village' },
  state: {},
  kind: {},
  householdId: { type: () => ID },
  aboveLine: { description: 'only active cases above the monitoring line' },
  endsWithin3Months: { type: () => Boolean, description: 'only gradual exits ending within 3 months' },
  search: { type: () => String, description: 'head name, member name or household code contains' },
});

@InputType()
export class ReliefGrantWhere {
  regionCode?: string | null;
  type?: ReliefType | null;
  householdId?: string | null;
  assistFirst?: boolean | null;
  caseByCase?: boolean | null;
  migrantWorkerCase?: boolean | null;
  overdue?: boolean | null;
  from?: string | null;
  to?: string | null;
  approval?: string | null;
}
tableWhereLayout(ReliefGrantWhere, RELIEF_GRANT_FIELDS, {
  regionCode: { type: () => String },
  type: {},
  householdId: { type: () => ID },
  assistFirst: {},
  caseByCase: {},
  migrantWorkerCase: {},
  overdue: { type: () => Boolean, description: 'only assist-first grants whose paperwork is overdue' },
  from: { type: () => String, description: 'YYYY-MM-DD, inclusive' },
  to: { type: () => String, description: 'YYYY-MM-DD, inclusive' },
  approval: { type: () => ReliefApproval, description: 'PENDING: the county\'s approval queue' },
});

@InputType()
export class TekunPersonWhere {
  regionCode?: string | null;
  supportMode?: SupportMode | null;
  state?: TekunState | null;
  minorClause?: boolean | null;
  search?: string | null;
}
tableWhereLayout(TekunPersonWhere, TEKUN_PERSON_FIELDS, {
  regionCode: { type: () => String },
  supportMode: {},
  state: {},
  minorClause: {},
  search: { type: () => String, description: 'name or household code contains' },
});
