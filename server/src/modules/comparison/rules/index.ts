// Every rule, in the order the docs and the client list them.
import type { ComparisonKind } from '@doudi/shared';
import type { RuleSpec } from './rule.js';
import { deceasedInLedger } from './deceased-in-ledger.js';
import { deceasedOnDibao } from './deceased-on-dibao.js';
import { deceasedOnTekun } from './deceased-on-tekun.js';
import { dibaoWithVehicle } from './dibao-with-vehicle.js';
import { dibaoWithBusiness } from './dibao-with-business.js';
import { dibaoMultipleProperty } from './dibao-multiple-property.js';
import { dibaoWageAboveStandard } from './dibao-wage-above-standard.js';
import { singlePersonDisability } from './single-person-disability.js';
import { singlePersonIllness } from './single-person-illness.js';
import { monitoringMissing } from './monitoring-missing.js';
import { monitoringCategoryMismatch } from './monitoring-category-mismatch.js';
import { migrantReliefWithInsurance } from './migrant-relief-with-insurance.js';
import { nameMismatch } from './name-mismatch.js';

export const RULES: readonly RuleSpec[] = [
  deceasedInLedger, deceasedOnDibao, deceasedOnTekun, dibaoWithVehicle, dibaoWithBusiness, dibaoMultipleProperty,
  dibaoWageAboveStandard, singlePersonDisability, singlePersonIllness, monitoringMissing, monitoringCategoryMismatch,
  migrantReliefWithInsurance, nameMismatch,
];

export const rulesFor = (kind: ComparisonKind): RuleSpec[] => RULES.filter((r) => r.kinds.includes(kind));
