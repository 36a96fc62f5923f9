/** The text of a new description: one that passes every check once the author replaces each `TODO`. */
import { STANDARD_CONTRA_INDICATIONS } from './rules/missing-contra-indications';
import type { Category } from './model';
import { slugOf } from './names';
import type { Language } from './types';

const CATEGORY_DEFAULTS: Record<Category, { sessions: string; components: string; population: string; outcomes: string; age: string }> = {
  sensitivity: { sessions: '7', components: '[video-feedback, home-visits]', population: '[help-request]', outcomes: '[sensitivity, attachment]', age: '{ min: 6, max: 48 }' },
  'maltreatment-prevention': { sessions: '{ min: 16, max: 24 }', components: '[home-visits, parent-training]', population: '[risk-families, maltreatment]', outcomes: '[harsh-discipline, risk-factors]', age: '{ min: -3, max: 36 }' },
  'parenting-support': { sessions: '8', components: '[parent-training, group-sessions]', population: '[help-request]', outcomes: '[parenting-skills, child-behaviour]', age: '{ min: 24, max: 144 }' },
  other: { sessions: '8', components: '[other]', population: '[help-request]', outcomes: '[other]', age: '{ min: 0, max: 216 }' },
};

export function descriptionTemplate(name: string, category: Category, language: Language): string {
  const d = CATEGORY_DEFAULTS[category];
  const todo = language === 'nl' ? 'TODO: vul in' : 'TODO: fill in';
  const contra = STANDARD_CONTRA_INDICATIONS[language].map((c) => `    - ${c}`).join('\n');
  const safety = category === 'maltreatment-prevention' || d.population.includes('risk') || d.population.includes('maltreatment');
  return `format: intervention/v1
id: ${slugOf(name) || 'nieuwe-interventie'}
name: ${JSON.stringify(name)}
summary: >-
  ${todo} (${language === 'nl' ? 'samenvatting, hooguit één A4' : 'summary, at most one A4 page'})
owner:
  organisation: "${todo}"
category: ${category}
level:
  claimed: well-founded
targetGroup:
  child:
    ageMonths: ${d.age}
  parents: "${todo}"
  population: ${d.population}
  indications:
    - "${todo}"
  contraIndications:
${contra}
goals:
  main: "${todo}"
  targetedOutcomes: ${d.outcomes}
approach:
  sessions: ${d.sessions}
  components: ${d.components}
  content: "${todo}"
rationale:
  problem: "${todo}"
  causes: "${todo}"
  theory: "${todo}"
implementation:
  manual: { available: true, language: nl }
  professionals: "${todo}"
  qualityAssurance: [training, supervision]
${safety ? `  safetyAssessment: "${todo}"\n` : ''}  needsAssessment: "${todo}"
research:
  dutchStudies: []
references: []
`;
}
