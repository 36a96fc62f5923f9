/**
 * Fuzzing for the hardening promises: many findings stay bounded, a fix never edits a node that
 * aliases repeat, and control characters never reach the human-facing outputs raw.
 */
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { isAlias, parseDocument, visit, type Node } from 'yaml';
import { FORMATTERS } from '../../server/src/cli/formatters';
import { countLines, MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RULE, safeFixEdits, TOO_MANY_FINDINGS, validate } from '../../server/src/core';
import { manyFindingsText } from '../support/hostile-texts';
import { TODAY } from '../support/paths';
import { aliasReuseCase, aliasReuseText, controlCase, controlText, manyFindingsCase } from './arbitraries';
import { assertWellFormed, fuzz } from './support';

const options = { today: TODAY };

/** Source ranges of anchored nodes that at least one alias repeats. */
function sharedRanges(text: string): [number, number][] {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const aliased = new Set<string>();
  visit(doc, { Alias: (_, node) => void aliased.add(node.source) });
  const ranges: [number, number][] = [];
  visit(doc, {
    Node(_, node: Node) {
      if (!isAlias(node) && node.anchor !== undefined && aliased.has(node.anchor) && node.range) ranges.push([node.range[0], node.range[1]]);
    },
  });
  return ranges;
}

describe('fuzz: hardening (findings cap, alias-safe fixes, control characters)', function () {
  this.timeout(0);

  it('bounds the findings of a description that reuses a list through aliases', () => {
    fuzz('hardening: many findings', 60, (measure) =>
      fc.property(manyFindingsCase, (c) => {
        const text = manyFindingsText(c.outcomes, c.studies);
        const { findings } = measure(() => validate(text, options));
        assertWellFormed(text, findings);
        assert.ok(findings.length <= MAX_FINDINGS_PER_FILE + 1, `${findings.length} findings`);
        const counts = new Map<string, number>();
        for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
        for (const [id, n] of counts) assert.ok(id === TOO_MANY_FINDINGS ? n === 1 : n <= MAX_FINDINGS_PER_RULE, `${id}: ${n}`);
        // Two findings per outcome and study: over the per-rule cap means a closing finding.
        assert.equal(counts.has(TOO_MANY_FINDINGS), c.outcomes * c.studies > MAX_FINDINGS_PER_RULE);
      }),
    );
  });

  it('never offers a safe fix that edits a node an alias repeats', () => {
    fuzz('hardening: alias reuse', 1500, (measure) =>
      fc.property(aliasReuseCase, (c) => {
        const text = aliasReuseText(c);
        const { findings } = measure(() => validate(text, options));
        assertWellFormed(text, findings);
        const shared = sharedRanges(text);
        for (const edit of safeFixEdits(findings)) {
          for (const [start, end] of shared) {
            assert.ok(edit.end <= start || edit.start >= end || (edit.start === edit.end && (edit.start === start || edit.start === end)), `a safe fix edits [${edit.start}, ${edit.end}) inside the shared node [${start}, ${end})`);
          }
        }
      }),
    );
  });

  it('keeps control characters out of the text output and standard error formats', () => {
    fuzz('hardening: control characters', 1500, (measure) =>
      fc.property(controlCase, fc.constantFrom<'en' | 'nl'>('en', 'nl'), (c, language) => {
        const text = controlText(c);
        const result = measure(() => validate(text, options));
        assertWellFormed(text, result.findings);
        const report = { target: { path: '/w/a.intervention.yaml', display: 'a\u001b[2J.intervention.yaml' }, findings: result.findings, lines: countLines(text), text, bom: false, error: undefined };
        for (const format of ['text', 'github'] as const) {
          const out = FORMATTERS[format]!({ reports: [report], cwd: '/w', colour: false, language, version: '0' });
          assert.doesNotMatch(out, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/, `${format}: ${JSON.stringify(out.slice(0, 300))}`);
          assert.doesNotMatch(out, /^::(?!(error|warning|notice) )/m, `${format}: a line starts a workflow command`);
        }
      }),
    );
  });
});
