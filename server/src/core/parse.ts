import { Document, isMap, isPair, isScalar, isSeq, type CST, LineCounter, parseDocument, visit, YAMLParseError, type ErrorCode, type YAMLError } from 'yaml';
import type { Localized, OffsetRange } from './types';

/** How deep block or flow nesting may go before we refuse to build a tree (the composer recurses). */
export const MAX_NESTING_DEPTH = 500;
/** Aliases a document may expand; above this it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 200;

export interface SyntaxProblem {
  readonly range: OffsetRange;
  readonly message: Localized;
}

export interface ParsedDocument {
  readonly text: string;
  readonly lineCounter: LineCounter;
  /** The YAML document, kept even when it has errors (for ranges); absent when parsing was refused. */
  readonly doc: Document.Parsed | undefined;
  /** The plain data; `undefined` when the YAML was not usable. */
  readonly data: unknown;
  /** yaml-syntax problems; when non-empty, no other check runs. */
  readonly problems: readonly SyntaxProblem[];
  /** YAML warnings of otherwise valid YAML (a custom tag, an unknown directive, an ambiguous anchor). */
  readonly warnings: readonly SyntaxProblem[];
}

const DUTCH_BY_CODE: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'Dubbele sleutel: elke sleutel mag maar één keer voorkomen in een mapping.',
  TAB_AS_INDENT: 'Tabs zijn niet toegestaan als inspringing in YAML; gebruik spaties.',
  BAD_INDENT: 'Onjuiste inspringing.',
  MULTIPLE_DOCS: 'Een beschrijving bevat precies één YAML-document; verwijder de extra `---`.',
  MISSING_CHAR: 'Er ontbreekt een teken (bijvoorbeeld een afsluitend aanhalingsteken of haakje).',
  UNEXPECTED_TOKEN: 'Onverwacht teken in de YAML.',
  BLOCK_AS_IMPLICIT_KEY: 'Een sleutel mag geen blok zijn.',
  MULTILINE_IMPLICIT_KEY: 'Een sleutel moet op één regel staan.',
  BAD_ALIAS: 'Onjuiste alias.',
  TAG_RESOLVE_FAILED: 'Onbekende of niet-ondersteunde YAML-tag; tags worden nooit uitgevoerd en de waarde wordt als gewone tekst gelezen.',
  BAD_DIRECTIVE: 'Onbekende YAML-directive; een beschrijving heeft alleen `%YAML 1.2` nodig, of geen directive.',
  RESOURCE_EXHAUSTION: 'Het document vraagt te veel geheugen of rekentijd.',
};

function firstLine(message: string): string {
  const cut = message.indexOf('\n');
  return (cut < 0 ? message : message.slice(0, cut)).replace(/ at line \d+, column \d+:?$/, '');
}

function problemFromYaml(error: YAMLError, textLength: number): SyntaxProblem {
  const english = firstLine(error.message);
  const dutch = DUTCH_BY_CODE[error.code] ?? 'Ongeldige YAML.';
  const start = Math.min(error.pos[0], textLength);
  const end = Math.min(Math.max(error.pos[1], start), textLength);
  return { range: { start, end }, message: { en: `${english}.`.replace(/\.\.$/, '.'), nl: `${dutch} (${english})` } };
}

/** A warning of valid YAML, with a Dutch text that says what the parser did with it. */
function warningFromYaml(error: YAMLError, textLength: number): SyntaxProblem {
  const problem = problemFromYaml(error, textLength);
  if (error.code !== 'BAD_ALIAS') return problem;
  const english = firstLine(error.message);
  return { ...problem, message: { en: problem.message.en, nl: `Een anker dat op \`:\` eindigt is dubbelzinnig; laat de \`:\` weg of zet een spatie ervoor. (${english})` } };
}

/**
 * Finds where nesting exceeds `limit`, counting block indentation levels and flow brackets.
 * A cheap linear scan, so that a 100,000-deep document is refused before any recursion.
 */
export function findExcessiveNesting(text: string, limit = MAX_NESTING_DEPTH): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let lineStart = true;
  let indent = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      lineStart = true;
      indent = 0;
      if (flow === 0) quote = undefined;
      continue;
    }
    if (lineStart) {
      if (ch === 32) {
        indent++;
        continue;
      }
      // `- - - x` and `? ? x`: each compact entry or key indicator opens a level of its own.
      const next = text.charCodeAt(i + 1);
      if ((ch === 45 || ch === 63) && flow === 0 && (next === 32 || next === 9 || next === 10 || next === 13 || Number.isNaN(next))) {
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > limit) return i;
        indent++;
        continue;
      }
      lineStart = false;
      if (ch !== 35 && ch !== 13 && flow === 0) {
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > limit) return i;
      }
    }
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ')) {
      const nl = text.indexOf('\n', i);
      i = (nl < 0 ? text.length : nl) - 1;
    } else if (c === '[' || c === '{') {
      flow++;
      if (flow + indents.length > limit) return i;
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return undefined;
}

const NESTING_MESSAGE: Localized = {
  en: `Nesting is deeper than ${MAX_NESTING_DEPTH} levels; the file is not checked further.`,
  nl: `De nesting is dieper dan ${MAX_NESTING_DEPTH} niveaus; het bestand wordt niet verder gecontroleerd.`,
};

function refused(text: string, lineCounter: LineCounter, problem: SyntaxProblem): ParsedDocument {
  return { text, lineCounter, doc: undefined, data: undefined, problems: [problem], warnings: [] };
}

/** Line starts of the whole text, also when the YAML parser refuses or fails part-way. */
export function countLines(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  // LF, CRLF and a lone CR each end a line, as in YAML 1.2 and LSP: the CLI's line numbers must
  // be the ones the editor shows (a lone CR made them differ; found by the differential test).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineCounter.addNewLine(i + 1);
  }
  return lineCounter;
}

/** Parses one description. Never throws: every failure becomes a located problem. */
export function parse(text: string): ParsedDocument {
  const lineCounter = countLines(text);
  const deep = findExcessiveNesting(text);
  if (deep !== undefined) {
    return refused(text, lineCounter, { range: { start: deep, end: deep + 1 }, message: NESTING_MESSAGE });
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      keepSourceTokens: true,
      // The core is pure: no process warnings on stderr (e.g. for a key that is a collection).
      logLevel: 'error',
      prettyErrors: false,
      // Checked below in linear time: the parser's own check compares every key with every
      // earlier one, which takes minutes for a mapping of 100,000 keys.
      uniqueKeys: false,
      version: '1.2',
    });
  } catch (error) {
    // The composer recurses; anything it throws is reported instead of crashing the caller.
    return refused(text, lineCounter, { range: { start: 0, end: 0 }, message: describeThrown(error) });
  }
  const problems = relevantErrors([...doc.errors, ...duplicateKeys(doc)]).map((e) => unclosedFlow(doc, e, lineCounter) ?? locateProblem(doc, problemFromYaml(e, text.length), e));
  // The parser's warnings concern valid YAML: the file is still read, and they are reported apart.
  const warnings = doc.warnings.map((e) => warningFromYaml(e, text.length));
  if (problems.length > 0) return { text, lineCounter, doc, data: undefined, problems, warnings };
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { text, lineCounter, doc, data, problems, warnings };
  } catch (error) {
    const alias = firstAliasOffset(text);
    return {
      text,
      lineCounter,
      doc,
      data: undefined,
      problems: [{ range: { start: alias, end: alias + 1 }, message: describeThrown(error) }],
      warnings,
    };
  }
}

/**
 * Duplicate keys, as the parser's `uniqueKeys` check reports them (equal scalar values), in linear
 * time. A plain recursive walk rather than `visit`, which builds a frozen ancestry array for every
 * node of every check (the nesting limit above bounds the recursion).
 */
function duplicateKeys(doc: Document.Parsed): YAMLError[] {
  const errors: YAMLError[] = [];
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (!seen.has(key.value)) seen.add(key.value);
          else if (key.range) errors.push(new YAMLParseError([key.range[0], key.range[0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
      }
      // The map's own duplicates first, then its children's: the order `visit` gave.
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    } else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    }
  };
  walk(doc.contents);
  return errors;
}

/** Tabs make every following line look mis-indented; report the tab, not its echoes. */
function relevantErrors(errors: readonly YAMLError[]): YAMLError[] {
  const tabs = errors.some((e) => e.code === 'TAB_AS_INDENT');
  return errors.filter((e) => !(tabs && e.code === 'BAD_INDENT'));
}

/** An unclosed quote is detected at the end of the file; point at the quote that opened it. */
function locateProblem(doc: Document.Parsed, problem: SyntaxProblem, error: YAMLError): SyntaxProblem {
  if (error.code !== 'MISSING_CHAR' || !/quote/i.test(error.message)) return problem;
  let opening: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const range = node.range;
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && range && range[1] >= error.pos[0] - 1) {
        opening = opening === undefined ? range[0] : Math.min(opening, range[0]);
      }
    },
  });
  return opening === undefined ? problem : { ...problem, range: { start: opening, end: opening + 1 } };
}

const FLOW_KINDS = { 'flow-seq-start': { open: '[', close: ']', kind: 'sequence' }, 'flow-map-start': { open: '{', close: '}', kind: 'map' } } as const;

/**
 * The parser reports an unclosed `[` or `{` as bad indentation where it gives up, often lines
 * later; the writer needs the bracket that was never closed, so name it and point at it.
 */
function unclosedFlow(doc: Document.Parsed, error: YAMLError, lineCounter: LineCounter): SyntaxProblem | undefined {
  const reported = /^Flow (sequence|map) in block collection/.exec(error.message)?.[1];
  if (error.code !== 'BAD_INDENT' || reported === undefined) return undefined;
  let opening: { offset: number; open: string; close: string } | undefined;
  visit(doc, {
    Node(_, node) {
      const token = (node as { srcToken?: CST.Token }).srcToken;
      if (token?.type !== 'flow-collection') return;
      const flow = token.start.type === 'flow-seq-start' || token.start.type === 'flow-map-start' ? FLOW_KINDS[token.start.type] : undefined;
      if (flow === undefined) return;
      const closed = token.end.some((t) => t.source === flow.close);
      // The innermost unclosed collection of the reported kind that starts before the error.
      if (!closed && flow.kind === reported && token.offset <= error.pos[0] && (opening === undefined || token.offset > opening.offset)) {
        opening = { offset: token.offset, open: flow.open, close: flow.close };
      }
    },
  });
  if (opening === undefined) return undefined;
  const { line, col } = lineCounter.linePos(opening.offset);
  return {
    range: { start: opening.offset, end: opening.offset + 1 },
    message: {
      en: `The \`${opening.open}\` opened at line ${line}, column ${col} is never closed: add \`${opening.close}\` to close it before the next key.`,
      nl: `De \`${opening.open}\` op regel ${line}, kolom ${col} wordt nergens gesloten: sluit hem met \`${opening.close}\` vóór de volgende sleutel.`,
    },
  };
}

function firstAliasOffset(text: string): number {
  const match = /(^|[\s[{,:-])\*[^\s,\]}]/m.exec(text);
  return match ? match.index + match[1]!.length : 0;
}

function describeThrown(error: unknown): Localized {
  if (error instanceof ReferenceError && /alias/i.test(error.message)) {
    return {
      en: `Too many alias expansions (more than ${MAX_ALIAS_COUNT}): this looks like an alias bomb and is not expanded.`,
      nl: `Te veel alias-uitbreidingen (meer dan ${MAX_ALIAS_COUNT}): dit lijkt op een aliasbom en wordt niet uitgebreid.`,
    };
  }
  if (error instanceof RangeError) return NESTING_MESSAGE;
  const detail = error instanceof Error ? error.message : String(error);
  return { en: `The YAML could not be read: ${detail}`, nl: `De YAML kon niet worden gelezen: ${detail}` };
}
