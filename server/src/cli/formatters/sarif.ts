import type { Log, ReportingDescriptor, Result } from 'sarif';
import { RULES, type Severity } from '../../core';
import type { Formatter } from './types';
import { locatedFindings } from './located';
import { jsonArray, wholeOutput, type StreamingFormatter } from './stream';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function ruleDescriptor(language: 'nl' | 'en', docsUrl: string | undefined): (rule: (typeof RULES)[number]) => ReportingDescriptor {
  return ({ meta }) => {
    const docs = meta.docs[language];
    return {
      id: meta.id,
      // SARIF wants `name` readable and different from the opaque `id`.
      name: meta.docs.en.title.replace(/[^A-Za-z0-9 ]/g, '').replace(/(^| )([a-z])/g, (_, __: string, c: string) => c.toUpperCase()).replace(/ /g, ''),
      shortDescription: { text: docs.title },
      fullDescription: { text: docs.what },
      help: { text: `${docs.what}\n\n${docs.why}\n\nSource: ${meta.source[language]}`, markdown: `${docs.what}\n\n**Why:** ${docs.why}\n\n**Source:** ${meta.source[language]}` },
      // Code scanning shows `help` inline and links `helpUri`: only a published page is worth a link.
      ...(docsUrl !== undefined ? { helpUri: `${docsUrl}${encodeURIComponent(meta.id)}.md` } : {}),
      defaultConfiguration: { level: LEVEL[meta.severity] },
      properties: { tags: ['intervention-lint'], source: meta.source[language] },
    };
  };
}

/**
 * SARIF 2.1.0: rule ids as in the spec, 1-based regions, paths relative to the working directory.
 * `results` is the last member of the log, so the log is written up to it, then result by result.
 */
export const streamSarif: StreamingFormatter = ({ cwd, language, version, docsUrl }) => {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
  const root = cwd.endsWith('/') ? cwd : `${cwd}/`;
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'intervention-lint',
            version,
            semanticVersion: version,
            rules: RULES.map(ruleDescriptor(language, docsUrl)),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: `file://${encodeURI(root)}` } },
        columnKind: 'utf16CodeUnits',
        results: [],
      },
    ],
  };
  const empty = JSON.stringify(log, null, 2);
  const at = empty.lastIndexOf('"results": []');
  const indent = empty.slice(empty.lastIndexOf('\n', at) + 1, at);
  const head = empty.slice(0, at + '"results": '.length);
  const tail = empty.slice(at + '"results": []'.length);
  const results = jsonArray(indent);
  let started = false;
  return {
    file: (report) => {
      const items = locatedFindings([report]).map((f): Result => ({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(f.file), uriBaseId: 'SRCROOT' },
              region: { startLine: f.start.line, startColumn: f.start.column, endLine: f.end.line, endColumn: f.end.column },
            },
          },
        ],
        partialFingerprints: { keyPath: f.path.join('/') || '/' },
      }));
      const text = items.map((item) => results.item(item)).join('');
      const first = started ? '' : head;
      started = true;
      return first + text;
    },
    end: () => `${started ? '' : head}${results.close()}${tail}\n`,
  };
};

export const formatSarif: Formatter = wholeOutput(streamSarif);
