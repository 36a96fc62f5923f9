import { strict as assert } from 'node:assert';
import { validate, workspaceView } from '../../server/src/core';
import { completeSample } from '../support/samples';
import { TODAY } from '../support/paths';

describe('cross-file rules', () => {
  const text = completeSample();
  const id = /^id: (.*)$/m.exec(text)![1]!;

  it('duplicate-id fires on the id when another file has the same id, naming that file', () => {
    const ids = new Map([['a.intervention.yaml', id], ['b.intervention.yaml', id], ['c.intervention.yaml', 'other']]);
    const findings = validate(text, { today: TODAY, workspace: workspaceView(ids, 'a.intervention.yaml') }).findings;
    assert.deepEqual(findings.map((f) => f.ruleId), ['duplicate-id']);
    assert.equal(text.slice(findings[0]!.range.start, findings[0]!.range.end), id);
    assert.match(findings[0]!.message, /b\.intervention\.yaml/);
  });

  it('duplicate-id stays silent for a unique id and for a file checked on its own', () => {
    const ids = new Map([['a.intervention.yaml', id], ['c.intervention.yaml', 'other']]);
    assert.deepEqual(validate(text, { today: TODAY, workspace: workspaceView(ids, 'a.intervention.yaml') }).findings, []);
    assert.deepEqual(validate(text, { today: TODAY }).findings, []);
  });
});
