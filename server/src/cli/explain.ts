import { closestByWords, largest, otherLanguage, RULE_PAGE_TEXT, RULES, RULES_BY_ID, t, type Language, type RuleMeta } from '../core';
import { UsageError } from './errors';

const FIXABLE: Record<RuleMeta['fixable'], { en: string; nl: string }> = {
  safe: { en: 'yes (`--fix`)', nl: 'ja (`--fix`)' },
  suggestion: { en: 'quick fix in the editor', nl: 'snelle reparatie in de editor' },
  none: { en: 'no', nl: 'nee' },
};

/** A rule's documentation page in Markdown (also written to docs/rules/). */
export function ruleMarkdown(meta: RuleMeta, language: Language): string {
  const docs = meta.docs[language];
  const other = meta.docs[otherLanguage(language)];
  const label = (key: keyof typeof RULE_PAGE_TEXT): string => t(language, RULE_PAGE_TEXT[key]);
  const labels = { severity: label('severity'), source: label('source'), fix: label('fix'), why: label('why'), other: label('otherLanguage') };
  return [
    `# \`${meta.id}\`: ${docs.title}`,
    '',
    `- ${labels.severity}: \`${meta.severity}\``,
    `- ${labels.source}: ${meta.source[language]}`,
    `- ${labels.fix}: ${FIXABLE[meta.fixable][language]}`,
    '',
    docs.what,
    '',
    `## ${labels.why}`,
    '',
    docs.why,
    '',
    `## ${labels.other}`,
    '',
    `**${other.title}.** ${other.what}`,
    '',
    other.why,
    '',
  ].join('\n');
}

export function explain(ruleId: string | undefined, language: Language): string {
  if (ruleId === undefined) {
    throw new UsageError({ en: 'explain needs a rule id, e.g. `intervention-lint explain missing-rationale`.', nl: 'explain heeft een regel-id nodig, bijvoorbeeld `intervention-lint explain missing-rationale`.' });
  }
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) {
    const suggestion = closestByWords(ruleId, RULES.map((r) => r.meta.id));
    throw new UsageError({
      en: `Unknown rule "${ruleId}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} See \`intervention-lint rules\`.`,
      nl: `Onbekende regel "${ruleId}".${suggestion ? ` Bedoelt u "${suggestion}"?` : ''} Zie \`intervention-lint rules\`.`,
    });
  }
  return ruleMarkdown(rule.meta, language);
}

export function listRules(format: string, language: Language): string {
  if (format === 'json') {
    return `${JSON.stringify(
      RULES.map(({ meta }) => ({ id: meta.id, severity: meta.severity, fixable: meta.fixable, source: meta.source[language], title: meta.docs[language].title, description: meta.docs[language].what })),
      null,
      2,
    )}\n`;
  }
  if (format === 'md') return `${ruleTable(language)}\n`;
  if (format !== 'text') throw new UsageError({ en: `Unknown format "${format}" for rules: use text, json or md.`, nl: `Onbekend formaat "${format}" voor rules: gebruik text, json of md.` });
  const width = largest(RULES.map((r) => r.meta.id.length));
  return `${RULES.map(({ meta }) => `${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${meta.docs[language].title} [${meta.source[language]}]`).join('\n')}\n`;
}

/** The README's rule table, generated from the rules' metadata. */
export function ruleTable(language: Language = 'en'): string {
  const header = t(language, RULE_PAGE_TEXT.tableHeader);
  const rows = RULES.map(({ meta }) => `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.severity} | ${meta.docs[language].title} | ${meta.source[language]} | ${FIXABLE[meta.fixable][language]} |`);
  return [header, '|---|---|---|---|---|', ...rows].join('\n');
}
