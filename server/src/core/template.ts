/** The text of a new description: every value the author must supply is a placeholder that `placeholder-text` reports. */
import { STANDARD_CONTRA_INDICATIONS } from './rules/missing-contra-indications';
import type { Category } from './model';
import { slugOf } from './names';
import type { Language } from './types';
import { localize, TEMPLATE_TEXT } from './text';

const CATEGORY_DEFAULTS: Record<Category, { sessions: string; components: string; population: string; outcomes: string; age: string }> = {
  sensitivity: { sessions: '7', components: '[video-feedback, home-visits]', population: '[help-request]', outcomes: '[sensitivity, attachment]', age: '{ min: 6, max: 48 }' },
  'maltreatment-prevention': { sessions: '{ min: 16, max: 24 }', components: '[home-visits, parent-training]', population: '[risk-families, maltreatment]', outcomes: '[harsh-discipline, risk-factors]', age: '{ min: -3, max: 36 }' },
  'parenting-support': { sessions: '8', components: '[parent-training, group-sessions]', population: '[help-request]', outcomes: '[parenting-skills, child-behaviour]', age: '{ min: 24, max: 144 }' },
  other: { sessions: '8', components: '[other]', population: '[help-request]', outcomes: '[other]', age: '{ min: 0, max: 216 }' },
};

/**
 * A new description to fill in. Every value the author must supply is a placeholder that
 * `placeholder-text` reports, so an untouched template never passes; the category defaults
 * (ages, sessions, components) are starting points marked as such in a comment.
 */
export function descriptionTemplate(name: string, category: Category, language: Language): string {
  const d = CATEGORY_DEFAULTS[category];
  const todo = localize(TEMPLATE_TEXT.todo, language);
  const t = (what: keyof typeof TEMPLATE_TEXT): string => JSON.stringify(`${todo} (${localize(TEMPLATE_TEXT[what], language)})`);
  const maltreatment = d.population.includes('maltreatment');
  // The standard contra-indications of GR §4.4, without one that contradicts the population.
  const contra = STANDARD_CONTRA_INDICATIONS[language]
    .filter((c) => !(maltreatment && c === STANDARD_CONTRA_INDICATIONS[language][1]))
    .map((c) => `    - ${c}`)
    .join('\n');
  const safety = category === 'maltreatment-prevention' || d.population.includes('risk') || maltreatment;
  const risk = d.population.includes('risk-families');
  const header = localize(TEMPLATE_TEXT.header, language);
  return `format: intervention/v1
${header}id: ${slugOf(name) || 'nieuwe-interventie'}
name: ${JSON.stringify(name)}
summary: ${t('summary')}
owner:
  organisation: ${t('organisation')}
category: ${category}
level:
  claimed: well-founded
targetGroup:
  child:
    ageMonths: ${d.age}
  parents: ${t('parents')}
  population: ${d.population}
${risk ? `  riskFactors:
    - ${t('riskFactor')}
    - ${t('riskFactor')}
  selection: ${t('selection')}
` : ''}  indications:
    - ${t('indication')}
  contraIndications:
${contra}
goals:
  main: ${t('mainGoal')}
  targetedOutcomes: ${d.outcomes}
approach:
  sessions: ${d.sessions}
  components: ${d.components}
  content: ${t('content')}
rationale:
  problem: ${t('problem')}
  causes: ${t('causes')}
  theory: ${t('theory')}
implementation:
  manual: { available: true, language: nl }
  professionals: ${t('professionals')}
  qualityAssurance: [training, supervision]
${safety ? `  safetyAssessment: ${t('safety')}
` : ''}  needsAssessment: ${t('needs')}
  processEvaluation:
    - ${t('processEvaluation')}
research:
  dutchStudies: []
references: []
`;
}
