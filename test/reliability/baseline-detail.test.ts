/** Case 13 of the hardening issue: a baseline entry never hides a worse finding at the same place. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type JsonFinding } from '../support/run-cli';
import { completeSample } from '../support/samples';

const CLAIM = 'claimed-level-not-supported';
// Claims more than its one repeated-measures study supports: the studies support effective-first.
const overclaimed = (): string => completeSample('voorbeeld-opvoeden-in-balans.intervention.yaml').replace(/claimed: effective-first/, 'claimed: effective-strong');
// The same claim, same place, same flagged text, but now the studies support nothing at all.
const worse = (): string => overclaimed().replace(/significant: true/g, 'significant: false');

describe('baseline fingerprints include what the message asserts', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'il-baseline-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a worse claimed-level-not-supported at the same place is new; the same one stays accepted', async () => {
    writeFileSync(join(dir, 'a.intervention.yaml'), overclaimed());
    const recorded = await runCli(['--update-baseline', 'baseline.json'], { cwd: dir });
    assert.equal(recorded.code, 0, recorded.stderr);
    const same = await runCli(['--baseline', 'baseline.json', '--format', 'json'], { cwd: dir });
    assert.deepEqual((JSON.parse(same.stdout) as JsonFinding[]).filter((f) => f.ruleId === CLAIM), [], 'the recorded finding is accepted');

    writeFileSync(join(dir, 'a.intervention.yaml'), worse());
    const run = await runCli(['--baseline', 'baseline.json', '--format', 'json'], { cwd: dir });
    const claims = (JSON.parse(run.stdout) as JsonFinding[]).filter((f) => f.ruleId === CLAIM);
    assert.equal(claims.length, 1, run.stdout);
    assert.match(claims[0]!.message, /The studies support `well-founded`/);
    assert.match(run.stderr, /stale baseline entry: a\.intervention\.yaml claimed-level-not-supported/);
  });
});
