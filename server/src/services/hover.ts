/**
 * Hover: the schema's bilingual documentation of a key, the description of an enum value, the size
 * class of an effect (spec §4), the evidence behind `level.claimed` (spec §5) and the effective
 * session range for the category (spec §3, GR §4.2/§4.3).
 */
import { MarkupKind, Range, type Hover } from 'vscode-languageserver-types';
import { CATEGORY_NAMES, EFFECT_CLASS_NL, HOVER_TEXT, LEVELS, LEVEL_NAMES, effectClass, sessionBounds, t, textIn, type EffectClass, type Language, type Level } from '../core';
import { nodeAt, type NodeAt } from './path-at';
import { docsMarkdown, enumOf, escapeMarkdown, inLanguage, schemaAt } from './schema-nav';
import type { ServiceDocument } from './types';

const D_RANGES: Readonly<Record<EffectClass, string>> = {
  negligible: '0.00–0.19',
  small: '0.20–0.49',
  medium: '0.50–0.79',
  large: '0.80–1.19',
  'very large': '≥ 1.20',
};
const R_RANGES: Readonly<Record<EffectClass, string>> = {
  negligible: '< 0.10',
  small: '0.10–0.29',
  medium: '0.30–0.49',
  large: '≥ 0.50',
  'very large': '—',
};

function effectSection(measure: string, value: number, language: Language): string {
  if (measure === 'or') return t(language, HOVER_TEXT.oddsRatio, { value });
  const cls = effectClass(measure === 'd' ? { d: value } : { r: value });
  if (!cls) return '';
  const bounds = measure === 'd' ? D_RANGES[cls] : R_RANGES[cls];
  return `**${measure} = ${value} → ${cls} / ${EFFECT_CLASS_NL[cls]}**\n\n${t(language, HOVER_TEXT.effectClassSource, { measure, bounds })}`;
}

function levelName(level: Level | 'none', language: Language): string {
  // The name of `none` already says "none"; `none` (none (…)) would say it twice.
  return level === 'none' ? LEVEL_NAMES.none[language] : `\`${level}\` (${LEVEL_NAMES[level][language]})`;
}

function levelSection(doc: ServiceDocument): string {
  const language = doc.config.language;
  const assessment = doc.result.assessment;
  if (!assessment) return t(language, HOVER_TEXT.notChecked);
  const claimed = assessment.claimed;
  const say = textIn(language);
  const lines: string[] = [
    `**${say(HOVER_TEXT.claimedLevel)}:** ${claimed ? levelName(claimed, language) : say(HOVER_TEXT.noValidLevel)}`,
    `**${say(HOVER_TEXT.supportedByStudies)}:** ${levelName(assessment.supported, language)}`,
  ];
  const upTo = claimed ? LEVELS.indexOf(claimed) : LEVELS.length - 1;
  const requirements = assessment.requirements.filter((r) => LEVELS.indexOf(r.level) <= upTo);
  const heading = claimed ? say(HOVER_TEXT.requirementsUpTo, { level: claimed, levelName: LEVEL_NAMES[claimed][language] }) : say(HOVER_TEXT.requirementsOfAll);
  const list = requirements.map((r) => `- ${r.met ? '✓' : '✗'} *${say(HOVER_TEXT.requirementLevel, { level: r.level, levelName: LEVEL_NAMES[r.level][language] })}*: ${r.text[language]}`);
  return `${lines.join('  \n')}\n\n${heading}\n\n${list.join('\n')}`;
}

const SOURCES: Readonly<Record<string, string>> = { sensitivity: 'GR §4.2', 'maltreatment-prevention': 'GR §4.3' };

function sessionsSection(doc: ServiceDocument): string {
  const language = doc.config.language;
  const say = textIn(language);
  const description = doc.result.description;
  if (!description) return t(language, HOVER_TEXT.notChecked);
  const category = description.category;
  const range = category ? doc.config.sessionRanges[category] : undefined;
  if (!category || !range) {
    const which = category ? say(HOVER_TEXT.category, { category, categoryName: CATEGORY_NAMES[category][language] }) : say(HOVER_TEXT.noValidCategory);
    return say(HOVER_TEXT.noRange, { which });
  }
  const source = SOURCES[category] ?? say(HOVER_TEXT.configuration);
  const lines = [say(HOVER_TEXT.range, { category, categoryName: CATEGORY_NAMES[category][language], min: range.min, max: range.max, source })];
  const bounds = sessionBounds(description.approach?.sessions);
  if (bounds) {
    const [low, high] = bounds;
    const shown = low === high ? `${low}` : `${low}–${high}`;
    const inside = low >= range.min && high <= range.max;
    const outside = high < range.min || low > range.max;
    lines.push(say(inside ? HOVER_TEXT.inside : outside ? HOVER_TEXT.outside : HOVER_TEXT.partly, { shown }));
  }
  return lines.join('\n\n');
}

function enumSection(at: NodeAt, language: Language): string | undefined {
  const schema = schemaAt(at.path);
  if (!schema) return undefined;
  const value = at.node.value;
  const match = enumOf(schema).find((v) => v.value === value);
  if (!match) return undefined;
  const texts = inLanguage(match.description, language).map(escapeMarkdown);
  return [`**${escapeMarkdown(String(match.value))}**`, ...texts].join('\n\n');
}

function isPath(path: readonly (string | number)[], ...expected: string[]): boolean {
  return expected.every((segment, index) => path[index] === segment);
}

/** Hover at `offset` (UTF-16) of the document, or null. */
export function hover(doc: ServiceDocument, offset: number): Hover | null {
  const at = nodeAt(doc.result.parsed?.doc, offset);
  if (!at || at.path.some((segment) => typeof segment === 'string' && segment.startsWith('x-'))) return null;
  const language = doc.config.language;
  const path = at.path;
  const sections: string[] = [];
  const isLevel = path.length === 2 && isPath(path, 'level', 'claimed');
  const isSessions = path.length >= 2 && isPath(path, 'approach', 'sessions');
  if (at.role === 'key') {
    const schema = schemaAt(path);
    if (schema) sections.push(docsMarkdown(schema, language));
    if (isLevel) sections.push(levelSection(doc));
    if (isSessions) sections.push(sessionsSection(doc));
  } else {
    const measure = path[path.length - 1];
    const value = at.node.value;
    if (isLevel) sections.push(levelSection(doc));
    if (isSessions) sections.push(sessionsSection(doc));
    if (path[path.length - 2] === 'effect' && typeof measure === 'string' && ['d', 'r', 'or'].includes(measure) && typeof value === 'number') {
      sections.push(effectSection(measure, value, language));
    }
    const described = enumSection(at, language);
    if (described) sections.push(described);
  }
  const content = sections.filter((s) => s.length > 0);
  if (content.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: content.join('\n\n---\n\n') },
    range: Range.create(doc.document.positionAt(at.range.start), doc.document.positionAt(at.range.end)),
  };
}
