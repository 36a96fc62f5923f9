/**
 * Writes samples/databank/EXPECTED.md from what the tool reports today. Run it only after reviewing
 * a change in findings; the test compares the file with the tool's output, so it is the reviewed list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_BY_ID } from '../server/src/core';
import { actualDatabankFindings, DATABANK } from '../test/support/databank-expected';

const lines = [
  '# Expected findings of the databank drafts',
  '',
  'One draft per distinct intervention of Table 1 of the Gezondheidsraad advice 2018/11 (Triple P is listed',
  'in both groups of the table and has one file). The drafts carry only what the seeds say about each',
  'intervention, so they are incomplete on purpose: most lack a rationale, contra-indications and quality',
  'assurance; what the owner must still supply is a `TODO` that `placeholder-text` reports, and values a',
  'description needs but the advice does not give (ages, session counts) are marked `# aanname: …`. Some of',
  'those assumed session counts fall outside the range found most effective. See README.md for how the',
  'groups of Table 1 map to categories. The test `test/unit/databank-samples.test.ts` fails when the tool',
  'reports anything else.',
  '',
];
for (const [file, findings] of actualDatabankFindings()) {
  const yaml = readFileSync(join(DATABANK, file), 'utf8');
  const name = /^name: (.*)$/m.exec(yaml)?.[1]?.replace(/^["']|["']$/g, '') ?? file;
  lines.push(`## ${file}`, '', `${name}`, '');
  for (const finding of findings) {
    const [line, ruleId, severity] = finding.split(' ');
    lines.push(`- line ${line}: \`${ruleId}\` (${severity}) — ${RULES_BY_ID.get(ruleId ?? '')?.meta.docs.en.title ?? ''}`);
  }
  lines.push('');
}
writeFileSync(join(DATABANK, 'EXPECTED.md'), lines.join('\n'));
