import type { Rule } from './rule';
import { ambiguousDate } from './ambiguousDate';
import { blameOnlyRootCause } from './blameOnlyRootCause';
import { closedWithoutDate } from './closedWithoutDate';
import { closedWithoutEvidence } from './closedWithoutEvidence';
import { columnMissing } from './columnMissing';
import { dateOrder } from './dateOrder';
import { duplicateId } from './duplicateId';
import { effectivenessCheckOverdue } from './effectivenessCheckOverdue';
import { recheckOverdue } from './recheckOverdue';
import { gateMissingField } from './gateMissingField';
import { invalidDate } from './invalidDate';
import { missingId } from './missingId';
import { missingOwner } from './missingOwner';
import { missingTargetDate } from './missingTargetDate';
import { missingTargetReviewDate } from './missingTargetReviewDate';
import { ncClosedWithoutEffectiveness } from './ncClosedWithoutEffectiveness';
import { ncClosedWithoutRootCause } from './ncClosedWithoutRootCause';
import { ofiClosedWithoutRemediation } from './ofiClosedWithoutRemediation';
import { overdue } from './overdue';
import { recurringNc } from './recurringNc';
import { legacy2013Requirement, unknownRequirement } from './requirementRules';
import { reviewOverdue } from './reviewOverdue';
import { statusIsOverdue } from './statusIsOverdue';
import { targetBeyondPolicy } from './targetBeyondPolicy';
import { targetMissingSuggested } from './targetMissingSuggested';
import { unknownSource } from './unknownSource';
import { unknownStatus } from './unknownStatus';
import { unknownType } from './unknownType';
import { verifierIsOwner } from './verifierIsOwner';

export { headerNotFound } from './headerNotFound';
export type { Rule, RuleContext } from './rule';

/** Every validation rule, in the order of DESIGN.md §4. `header-not-found` is decided by the reader. */
export const RULES: readonly Rule[] = [
  columnMissing,
  missingId,
  duplicateId,
  missingOwner,
  missingTargetDate,
  missingTargetReviewDate,
  unknownType,
  unknownStatus,
  unknownSource,
  invalidDate,
  ambiguousDate,
  dateOrder,
  ncClosedWithoutRootCause,
  ncClosedWithoutEffectiveness,
  ofiClosedWithoutRemediation,
  gateMissingField,
  closedWithoutDate,
  closedWithoutEvidence,
  overdue,
  reviewOverdue,
  statusIsOverdue,
  unknownRequirement,
  legacy2013Requirement,
  verifierIsOwner,
  effectivenessCheckOverdue,
  recheckOverdue,
  recurringNc,
  targetBeyondPolicy,
  targetMissingSuggested,
  blameOnlyRootCause,
];
