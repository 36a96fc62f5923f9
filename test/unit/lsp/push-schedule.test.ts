import { strict as assert } from 'node:assert';
import { CHEAP_CHECK_MS, delayBeforeCheck, pauseAfterChange, PUSH_DEBOUNCE_MS, PUSH_MAX_WAIT_MS } from '../../../server/src/lsp/diagnostics-push';

describe('when push diagnostics check a changed document', () => {
  it('the pause follows what the last check cost: none for a cheap check, at most the debounce for a costly one', () => {
    assert.equal(pauseAfterChange(1), 0);
    assert.equal(pauseAfterChange(CHEAP_CHECK_MS), 0);
    assert.equal(pauseAfterChange(CHEAP_CHECK_MS + 1), Math.min(PUSH_DEBOUNCE_MS, 2 * (CHEAP_CHECK_MS + 1)));
    assert.equal(pauseAfterChange(400), PUSH_DEBOUNCE_MS);
    // Never checked yet (e.g. a document checked only on save): the full pause.
    assert.equal(pauseAfterChange(undefined), PUSH_DEBOUNCE_MS);
  });

  it('a change to a document that has been idle for the pause is checked at once (leading edge)', () => {
    assert.equal(delayBeforeCheck(1000, 40, { pending: false, checkedAt: 900, burstStart: 1000 }), 0);
    assert.equal(delayBeforeCheck(1000, 40, { pending: false, checkedAt: undefined, burstStart: 1000 }), 0);
  });

  it('a change soon after a check, or while one is pending, waits for the pause', () => {
    assert.equal(delayBeforeCheck(1000, 40, { pending: false, checkedAt: 990, burstStart: 1000 }), 40);
    assert.equal(delayBeforeCheck(1000, 40, { pending: true, checkedAt: 500, burstStart: 990 }), 40);
  });

  it('a long burst is checked no later than the maximum wait after its first change', () => {
    const start = 1000;
    assert.equal(delayBeforeCheck(start + PUSH_MAX_WAIT_MS - 10, 40, { pending: true, checkedAt: start - 5, burstStart: start }), 10);
    assert.equal(delayBeforeCheck(start + PUSH_MAX_WAIT_MS + 50, 40, { pending: true, checkedAt: start - 5, burstStart: start }), 0);
  });
});
