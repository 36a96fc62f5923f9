import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { stringify } from 'yaml';
import { run } from '../../server/src/cli/main';
import { DEFAULT_CONFIG, mergeConfig, parseConfig, RULE_IDS, validate } from '../../server/src/core';
import { TODAY } from '../support/paths';
import { completeSample } from '../support/samples';
import { mutate, mutation, VALUES } from './arbitraries';
import { assertWellFormed, fuzz, fuzzAsync } from './support';
import { tempDir } from '../support/workspace';

const BASE_CONFIG = `# project config
files: ["**/*.intervention.yaml", "**/*.intervention.yml"]
rules:
  sensitivity-without-video-feedback: off
  missing-needs-assessment: warning
sessionRanges:
  sensitivity: { min: 5, max: 15 }
  maltreatment-prevention: { min: 16, max: 30 }
levels:
  effective-strong: { controlledStudies: 2, dutchStudies: 1, followUpMonths: 6 }
  effective-good:
    designs: [rct, quasi-experimental]
language: nl
limits: { maxFileBytes: 100000, timeBudgetMs: 5000 }
`;

const CONFIG_KEYS = ['files', 'rules', 'sessionRanges', 'levels', 'language', 'limits', '$ref', 'extends', 'plugins', 'maxFileBytes', 'timeBudgetMs', 'min', 'max', 'designs'];
const leaf = fc.oneof(fc.integer({ min: -5, max: 3_000_000 }), fc.double(), fc.string({ maxLength: 10 }), fc.constantFrom(...VALUES, ...RULE_IDS, 'off', 'error', 'hint', '**/*', 'https://example.invalid/c.yaml'), fc.boolean(), fc.constant(null));
const node = fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }), fc.dictionary(fc.constantFrom(...CONFIG_KEYS, ...RULE_IDS.slice(0, 5), 'sensitivity', 'effective-strong'), leaf, { maxKeys: 3 }));

/** Random config texts: mutations of a valid config, and random structures with config keys. */
const configText = fc.oneof(
  fc.array(mutation, { minLength: 1, maxLength: 5 }).map((ms) => ms.reduce(mutate, BASE_CONFIG)),
  fc.dictionary(fc.constantFrom(...CONFIG_KEYS), node, { maxKeys: 5 }).map((data) => stringify(data)),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('fuzz: any config text is read or rejected with located problems, never a crash', function () {
  this.timeout(0);

  it('parseConfig returns overrides or problems inside the text, and a valid config can be used to check', () => {
    fuzz('config: parseConfig', 3000, (measure) =>
      fc.property(configText, (text) => {
        const { overrides, problems } = measure(() => parseConfig(text, RULE_IDS));
        assert.ok((overrides === undefined) === problems.length > 0, 'either overrides or problems');
        for (const p of problems) {
          assert.ok(0 <= p.range.start && p.range.start <= p.range.end && p.range.end <= text.length, 'problem range out of bounds');
          assert.ok(p.message.trim().length > 0, 'empty problem message');
        }
        if (overrides) {
          const config = mergeConfig(DEFAULT_CONFIG, overrides);
          const sample = completeSample();
          assertWellFormed(sample, measure(() => validate(sample, { config, today: TODAY })).findings);
        }
      }),
    );
  });

  it('run() with a random config: exit code 2 with file:line:column for a bad one, else 0 or 1', async () => {
    const root = tempDir('il-fuzz-config-');
    mkdirSync(join(root, 'dir'));
    writeFileSync(join(root, 'a.intervention.yaml'), completeSample());
    writeFileSync(join(root, 'dir', 'b.intervention.yaml'), completeSample().replace(/^ {2}sessions: .*$/m, '  sessions: 40'));
    try {
      await fuzzAsync('config: run() with a random config', 1000, (measure) =>
        fc.asyncProperty(configText, async (text) => {
          writeFileSync(join(root, 'cfg.yaml'), text);
          let err = '';
          const io = { cwd: root, env: {}, stdoutIsTTY: false, stdinIsTTY: false, stderrIsTTY: false, write: () => undefined, error: (t: string) => void (err += t) };
          const code = await measure(() => run(['--config', 'cfg.yaml', '--workers', '0', 'a.intervention.yaml', 'dir'], io));
          const read = readFileSync(join(root, 'cfg.yaml'), 'utf8');
          const clean = read.charCodeAt(0) === 0xfeff ? read.slice(1) : read;
          const bad = parseConfig(clean, RULE_IDS).problems.length > 0;
          assert.doesNotMatch(err, /internal error|^\s+at /m);
          if (bad) {
            assert.equal(code, 2, 'a bad config must give exit code 2');
            assert.match(err, /invalid config\ncfg\.yaml:\d+:\d+: \S/);
          } else {
            assert.ok(code === 0 || code === 1 || (code === 2 && /No description files found/.test(err)), `exit code ${code}: ${err}`);
          }
        }),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
