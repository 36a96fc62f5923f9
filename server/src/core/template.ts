/** The text of a new description: every value the author must supply is a placeholder that `placeholder-text` reports. */
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

/**
 * A new description to fill in. Every value the author must supply is a placeholder that
 * `placeholder-text` reports, so an untouched template never passes; the category defaults
 * (ages, sessions, components) are starting points marked as such in a comment.
 */
export function descriptionTemplate(name: string, category: Category, language: Language): string {
  const d = CATEGORY_DEFAULTS[category];
  const todo = language === 'nl' ? 'TODO: vul in' : 'TODO: fill in';
  const t = (what: string): string => JSON.stringify(`${todo} (${what})`);
  const nl = language === 'nl';
  const maltreatment = d.population.includes('maltreatment');
  // The standard contra-indications of GR §4.4, without one that contradicts the population.
  const contra = STANDARD_CONTRA_INDICATIONS[language]
    .filter((c) => !(maltreatment && c === STANDARD_CONTRA_INDICATIONS[language][1]))
    .map((c) => `    - ${c}`)
    .join('\n');
  const safety = category === 'maltreatment-prevention' || d.population.includes('risk') || maltreatment;
  const risk = d.population.includes('risk-families');
  const header = nl
    ? '# Nieuwe interventiebeschrijving. Vul elke gemarkeerde waarde in: `intervention-lint` meldt elke\n# TODO als placeholder-text tot die is vervangen. Leeftijd, sessies en onderdelen zijn\n# startwaarden voor deze categorie: pas ze aan de interventie aan.\n'
    : '# New intervention description. Fill in every flagged value: `intervention-lint` reports each\n# TODO as placeholder-text until it is replaced. Age, sessions and components are starting\n# values for this category: adjust them to the intervention.\n';
  return `format: intervention/v1
${header}id: ${slugOf(name) || 'nieuwe-interventie'}
name: ${JSON.stringify(name)}
summary: ${t(nl ? 'samenvatting, hooguit één A4' : 'summary, at most one A4 page')}
owner:
  organisation: ${t(nl ? 'organisatie' : 'organisation')}
category: ${category}
level:
  claimed: well-founded
targetGroup:
  child:
    ageMonths: ${d.age}
  parents: ${t(nl ? 'ouders en verzorgers' : 'parents and carers')}
  population: ${d.population}
${risk ? `  riskFactors:
    - ${t(nl ? 'risicofactor' : 'risk factor')}
    - ${t(nl ? 'risicofactor' : 'risk factor')}
  selection: ${t(nl ? 'hoe gezinnen worden gevonden en geselecteerd' : 'how families are found and selected')}
` : ''}  indications:
    - ${t(nl ? 'indicatie' : 'indication')}
  contraIndications:
${contra}
goals:
  main: ${t(nl ? 'hoofddoel' : 'main goal')}
  targetedOutcomes: ${d.outcomes}
approach:
  sessions: ${d.sessions}
  components: ${d.components}
  content: ${t(nl ? 'wat er per fase of sessie gebeurt' : 'what happens per phase or session')}
rationale:
  problem: ${t(nl ? 'probleemanalyse' : 'problem analysis')}
  causes: ${t(nl ? 'oorzaken: risico- en beschermende factoren' : 'causes: risk and protective factors')}
  theory: ${t(nl ? 'verantwoording: waarom deze aanpak de oorzaken verandert' : 'theory: why this approach changes the causes')}
implementation:
  manual: { available: true, language: nl }
  professionals: ${t(nl ? 'opleiding en training van de uitvoerders' : 'education and training of practitioners')}
  qualityAssurance: [training, supervision]
${safety ? `  safetyAssessment: ${t(nl ? 'hoe de veiligheid van het kind wordt getoetst' : 'how child safety is assessed')}
` : ''}  needsAssessment: ${t(nl ? 'hoe de zorgbehoefte van het gezin wordt ingeschat' : "how the family's need is assessed")}
  processEvaluation:
    - ${t(nl ? 'onderzoek naar de uitvoering' : 'research on the delivery')}
research:
  dutchStudies: []
references: []
`;
}
