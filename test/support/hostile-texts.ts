/**
 * Legal but hostile descriptions, built from a complete sample: shared by the reliability tests,
 * the differential test and the fuzz generators.
 */
import { completeSample } from './samples';

const BASE = completeSample('voorbeeld-opvoeden-in-balans.intervention.yaml');
const HEAD = BASE.slice(0, BASE.indexOf('research:'));

/**
 * One list of `outcomes` outcomes (each with two findings: an unvalidated instrument and a label
 * that overstates a tiny effect), reused through an alias in `studies` Dutch studies: about
 * 2 × outcomes × studies findings from a file of a few dozen kilobytes.
 */
export function manyFindingsText(outcomes: number, studies: number): string {
  const list = Array.from({ length: outcomes }, (_, i) => `        - { measure: "M${i}", domain: child-behaviour, instrumentValidated: false, effect: { d: 0.1 }, label: large, significant: true, direction: positive }`);
  const reuse = Array.from({ length: Math.max(0, studies - 1) }, (_, i) => `    - { reference: "R${i}", year: 2020, country: NL, design: rct, n: 50, outcomes: *o }`);
  return `${HEAD}research:\n  dutchStudies:\n    - reference: "R"\n      year: 2020\n      country: NL\n      design: rct\n      n: 50\n      outcomes: &o\n${list.join('\n')}\n${reuse.join('\n')}\n  internationalStudies: []\n  metaAnalyses: []\n`;
}

/** The complete sample with `value` as its name, quoted as a YAML double-quoted scalar. */
export function withName(value: string): string {
  return BASE.replace(/^name: .*$/m, `name: ${JSON.stringify(value)}`);
}

export { BASE as COMPLETE_BASE };

/** A valid description whose `references` list has `count` entries (150,000 crashed the exports). */
export function manyReferencesText(count: number): string {
  const refs = Array.from({ length: count }, (_, i) => `  - R${i}`).join('\n');
  return BASE.replace(/^references:\n(?: {2}- .*\n)+/m, `references:\n${refs}\n`);
}
