/**
 * The hostile inputs, generated at test time (nothing large is committed). Each builder returns the
 * text or bytes of one `*.intervention.yaml`; `HOSTILE_CASES` pairs each with the finding it must get.
 */
import { completeSample } from '../support/samples';
import { figure, scaled } from '../support/scale';

/** Sizes of the full run; the default suite uses a tenth, still far beyond every limit they test. */
export const DEEP = scaled(100_000, 10_000);
export const KEYS = scaled(100_000, 10_000);
export const FLOW_ITEMS = scaled(500_000, 50_000);
const LINE_BYTES = scaled(1024 * 1024, 100 * 1024);

const HEAD = 'format: intervention/v1\n';

/** "Billion laughs": `levels` anchors, each a list of `width` aliases of the previous one. */
export function aliasBomb(levels = 10, width = 10): string {
  const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array(width).fill(`*l${i - 1}`).join(', ')}]`);
  return `${HEAD}${lines.join('\n')}\nsummary: *l${levels - 1}\n`;
}

export const deepFlowSequence = (depth = DEEP): string => `${HEAD}x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
export const deepFlowMapping = (depth = DEEP): string => `${HEAD}x: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
/** Block nesting 100,000 deep in 200 kB: compact sequence entries `- - - …`. */
export const deepBlockSequence = (depth = DEEP): string => `${HEAD}x:\n${'- '.repeat(depth)}leaf\n`;
/** Block mappings nested by indentation; 1,500 levels already make 1 MB. */
export const deepBlockMapping = (depth = 1500): string => `${HEAD}${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} leaf\n`;
/** Nesting just inside the limit (500): must be checked normally, without a stack overflow. */
export const nestedWithinLimit = (depth = 450): string => `${HEAD}x-deep: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`;

export const manyKeys = (count = KEYS): string => `${HEAD}${Array.from({ length: count }, (_, i) => `k${i}: ${i}`).join('\n')}\n`;
export const manyExtensionKeys = (count = KEYS): string => `${completeSample()}x-bulk:\n${Array.from({ length: count }, (_, i) => `  k${i}: ${i}`).join('\n')}\n`;

/** A 1 MB single line: a summary of 200,000 words without a line break. */
export const longLine = (bytes = LINE_BYTES): string => completeSample().replace(/^summary: >-\n(?: {2}.*\n)+/m, `summary: ${'woord '.repeat(Math.ceil(bytes / 6))}\n`);
/** A 1 MB flow list on one line: 500,000 items. */
export const longFlowLine = (items = FLOW_ITEMS): string => `${HEAD}x-list: [${'1,'.repeat(items)}]\n`;

/** A description padded to `bytes` (50 MB for the size limit). */
export function huge(bytes = 50 * 1024 * 1024): Buffer {
  const head = Buffer.from(`${HEAD}summary: >-\n`);
  const line = Buffer.from(`  ${'tekst '.repeat(15)}\n`);
  const count = Math.ceil((bytes - head.length) / line.length);
  return Buffer.concat([head, ...Array<Buffer>(count).fill(line)]);
}

export const invalidUtf8 = (): Buffer => Buffer.concat([Buffer.from(`${HEAD}name: caf`), Buffer.from([0xe9, 0x20, 0xc3, 0x28, 0xff, 0xfe]), Buffer.from('\n')]);
export const nulBytes = (): Buffer => Buffer.concat([Buffer.from(`${HEAD}id: a`), Buffer.from([0x00, 0x00, 0x01]), Buffer.from('\nname: b\n')]);
export const binary = (): Buffer => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));

/**
 * Custom tags whose execution would create `marker`: JavaScript (js-yaml's unsafe types), Python
 * (PyYAML's object/apply) and a verbatim tag. They must be reported, never executed.
 */
export function executableTags(marker: string): string {
  const js = `function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'executed') }`;
  return [
    HEAD.trimEnd(),
    `id: !!js/function ${JSON.stringify(js)}`,
    `name: !!python/object/apply:os.system [${JSON.stringify(`touch ${marker}`)}]`,
    `summary: !<tag:yaml.org,2002:js/eval> ${JSON.stringify(`require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`)}`,
    `x-code: !!js/undefined ''`,
    `x-regexp: !!js/regexp /(a+)+$/`,
    '',
  ].join('\n');
}

export interface HostileCase {
  readonly name: string;
  readonly file: string;
  readonly content: () => string | Buffer;
  /** The rule id of the finding the file must get (the CLI reports the same as the core). */
  readonly ruleId: string;
  readonly message: RegExp;
  /** In-process the core gets text, not bytes: invalid UTF-8 arrives as U+FFFD and is checked. */
  readonly inProcess?: { readonly ruleId: string; readonly message: RegExp };
}

/** Every hostile description that gets a finding (the 50 MB file and the file-system cases are separate). */
export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'alias bomb (billion laughs)', file: 'alias-bomb.intervention.yaml', content: () => aliasBomb(), ruleId: 'yaml-syntax', message: /alias/i },
  { name: `${figure(DEEP)}-deep flow sequence`, file: 'deep-flow.intervention.yaml', content: () => deepFlowSequence(), ruleId: 'yaml-syntax', message: /nesting is deeper than 500/i },
  { name: `${figure(DEEP)}-deep flow mapping`, file: 'deep-flow-map.intervention.yaml', content: () => deepFlowMapping(), ruleId: 'yaml-syntax', message: /nesting is deeper than 500/i },
  { name: `${figure(DEEP)}-deep block sequence`, file: 'deep-block.intervention.yaml', content: () => deepBlockSequence(), ruleId: 'yaml-syntax', message: /nesting is deeper than 500/i },
  { name: '1,500-deep block mapping (1 MB)', file: 'deep-block-map.intervention.yaml', content: () => deepBlockMapping(), ruleId: 'yaml-syntax', message: /nesting is deeper than 500/i },
  { name: `${figure(KEYS)} unknown keys`, file: 'many-keys.intervention.yaml', content: () => manyKeys(), ruleId: 'too-many-findings', message: /^\d+ more findings are not shown \(schema: \d+\)/ },
  { name: `${figure(LINE_BYTES)}-byte single line`, file: 'long-line.intervention.yaml', content: () => longLine(), ruleId: 'summary-too-long', message: /words/i },
  { name: 'invalid UTF-8', file: 'latin1.intervention.yaml', content: invalidUtf8, ruleId: 'yaml-syntax', message: /UTF-8/, inProcess: { ruleId: 'schema', message: /Missing required key/ } },
  { name: 'NUL bytes', file: 'nul.intervention.yaml', content: nulBytes, ruleId: 'yaml-syntax', message: /NUL|UTF-8/ },
  { name: 'binary file', file: 'binary.intervention.yaml', content: binary, ruleId: 'yaml-syntax', message: /UTF-8|NUL/ },
];
