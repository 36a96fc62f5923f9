import { access, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Language } from '../core';
import { CATEGORIES, type Category } from '../core/model';
import { STANDARD_CONTRA_INDICATIONS } from '../core/rules/missing-contra-indications';
import { InputError, UsageError } from './errors';

export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const CATEGORY_DEFAULTS: Record<Category, { sessions: string; components: string; population: string; outcomes: string; age: string }> = {
  sensitivity: { sessions: '7', components: '[video-feedback, home-visits]', population: '[help-request]', outcomes: '[sensitivity, attachment]', age: '{ min: 6, max: 48 }' },
  'maltreatment-prevention': { sessions: '{ min: 16, max: 24 }', components: '[home-visits, parent-training]', population: '[risk-families, maltreatment]', outcomes: '[harsh-discipline, risk-factors]', age: '{ min: -3, max: 36 }' },
  'parenting-support': { sessions: '8', components: '[parent-training, group-sessions]', population: '[help-request]', outcomes: '[parenting-skills, child-behaviour]', age: '{ min: 24, max: 144 }' },
  other: { sessions: '8', components: '[other]', population: '[help-request]', outcomes: '[other]', age: '{ min: 0, max: 216 }' },
};

/** A new description that passes every check: the author replaces each `TODO`. */
export function template(name: string, category: Category, language: Language): string {
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

async function askCategory(): Promise<Category> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    CATEGORIES.forEach((c, i) => process.stderr.write(`  ${i + 1}. ${c}\n`));
    for (;;) {
      const answer = (await rl.question('Category (1-4): ')).trim();
      const picked = CATEGORIES[Number(answer) - 1] ?? CATEGORIES.find((c) => c === answer);
      if (picked) return picked;
    }
  } finally {
    rl.close();
  }
}

export async function init(cwd: string, name: string | undefined, category: string | undefined, language: Language, interactive: boolean): Promise<string> {
  if (name === undefined || name.trim() === '') throw new UsageError('init needs a name, e.g. `intervention-lint init "Samen Sterk" --category sensitivity`.');
  let picked: Category;
  if (category !== undefined) {
    if (!(CATEGORIES as readonly string[]).includes(category)) throw new UsageError(`--category must be one of ${CATEGORIES.join(', ')}.`);
    picked = category as Category;
  } else if (interactive) {
    picked = await askCategory();
  } else {
    throw new UsageError(`init needs --category (${CATEGORIES.join(', ')}) when not run in a terminal.`);
  }
  const file = `${slugOf(name) || 'nieuwe-interventie'}.intervention.yaml`;
  const path = resolve(cwd, file);
  if (await access(path).then(() => true, () => false)) throw new InputError(`${file} already exists; not overwritten.`);
  await writeFile(path, template(name, picked, language), { flag: 'wx' });
  return file;
}
