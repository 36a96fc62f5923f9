/** The explicit, ordered registry of every rule. Order is the order of the spec's rule table. */
import type { Rule } from './api';
import { assessmentExpired } from './assessment-expired';
import { childAgeOutsideDatabankRange } from './child-age-outside-databank-range';
import { claimedLevelNotSupported } from './claimed-level-not-supported';
import { effectSizeLabelMismatch } from './effect-size-label-mismatch';
import { effectiveClaimWithoutDutchStudy } from './effective-claim-without-dutch-study';
import { checkTimeExceeded, documentTooLarge, formatVersion, internalError, invalidDisable, schema, unusedDisable, yamlSyntax, yamlWarning } from './engine-rules';
import { implausibleEffectSize } from './implausible-effect-size';
import { lightInterventionForSevereProblems } from './light-intervention-for-severe-problems';
import { maltreatmentClaimWithoutMaltreatmentOutcome } from './maltreatment-claim-without-maltreatment-outcome';
import { missingContraIndications } from './missing-contra-indications';
import { missingDutchManual } from './missing-dutch-manual';
import { maltreatmentPreventionWithoutParentTraining } from './maltreatment-prevention-without-parent-training';
import { missingNeedsAssessment } from './missing-needs-assessment';
import { missingProcessEvaluation } from './missing-process-evaluation';
import { parentingSupportForMaltreatmentFamilies } from './parenting-support-for-maltreatment-families';
import { placeholderText } from './placeholder-text';
import { riskFamiliesWithoutRiskFactors } from './risk-families-without-risk-factors';
import { missingQualityAssurance } from './missing-quality-assurance';
import { missingRationale } from './missing-rationale';
import { missingSafetyAssessment } from './missing-safety-assessment';
import { negativeEffectReported } from './negative-effect-reported';
import { outcomeNotTargeted } from './outcome-not-targeted';
import { riskOnlyMaltreatmentPrevention } from './risk-only-maltreatment-prevention';
import { sensitivityBeforeSixMonths } from './sensitivity-before-six-months';
import { sensitivityClaimsMaltreatmentPrevention } from './sensitivity-claims-maltreatment-prevention';
import { sensitivityWithoutVideoFeedback } from './sensitivity-without-video-feedback';
import { sessionsOutsideEffectiveRange } from './sessions-outside-effective-range';
import { studyNotInReferences } from './study-not-in-references';
import { tooManyFindings } from './too-many-findings';
import { summaryTooLong } from './summary-too-long';
import { duplicateId } from './duplicate-id';
import { universalOfferNotSupported } from './universal-offer-not-supported';
import { unvalidatedInstrument } from './unvalidated-instrument';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  yamlWarning,
  formatVersion,
  schema,
  sessionsOutsideEffectiveRange,
  effectiveClaimWithoutDutchStudy,
  claimedLevelNotSupported,
  missingRationale,
  universalOfferNotSupported,
  riskOnlyMaltreatmentPrevention,
  sensitivityBeforeSixMonths,
  sensitivityWithoutVideoFeedback,
  maltreatmentClaimWithoutMaltreatmentOutcome,
  sensitivityClaimsMaltreatmentPrevention,
  missingContraIndications,
  lightInterventionForSevereProblems,
  parentingSupportForMaltreatmentFamilies,
  maltreatmentPreventionWithoutParentTraining,
  riskFamiliesWithoutRiskFactors,
  missingSafetyAssessment,
  missingNeedsAssessment,
  missingProcessEvaluation,
  missingQualityAssurance,
  missingDutchManual,
  childAgeOutsideDatabankRange,
  effectSizeLabelMismatch,
  implausibleEffectSize,
  negativeEffectReported,
  unvalidatedInstrument,
  outcomeNotTargeted,
  assessmentExpired,
  summaryTooLong,
  placeholderText,
  studyNotInReferences,
  duplicateId,
  unusedDisable,
  invalidDisable,
  documentTooLarge,
  checkTimeExceeded,
  tooManyFindings,
  internalError,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export type { Rule, RuleContext, RuleMeta, RuleDocs, Report, WorkspaceView } from './api';
