import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, mergeConfig, withTimeBudget, type Finding } from '../../server/src/core';

describe('time budget (limits.timeBudgetMs)', () => {
  const finding: Finding = { ruleId: 'schema', severity: 'error', message: 'x', range: { start: 5, end: 6 }, path: [], fixes: [] };

  it('adds check-time-exceeded, in the configured language, only when the budget is exceeded', () => {
    const config = mergeConfig(DEFAULT_CONFIG, { limits: { timeBudgetMs: 100 } });
    assert.deepEqual(withTimeBudget([finding], 100, config), [finding]);
    const over = withTimeBudget([finding], 250.4, config);
    assert.deepEqual(over.map((f) => f.ruleId), ['check-time-exceeded', 'schema']);
    assert.match(over[0]!.message, /250 ms, more than the time budget of 100 ms/);
    const dutch = withTimeBudget([], 250, mergeConfig(config, { language: 'nl' }));
    assert.match(dutch[0]!.message, /langer dan het tijdsbudget/);
  });

  it('follows the rule setting', () => {
    const off = mergeConfig(DEFAULT_CONFIG, { limits: { timeBudgetMs: 1 }, rules: { 'check-time-exceeded': 'off' } });
    assert.deepEqual(withTimeBudget([], 50, off), []);
    const error = mergeConfig(DEFAULT_CONFIG, { limits: { timeBudgetMs: 1 }, rules: { 'check-time-exceeded': 'error' } });
    assert.equal(withTimeBudget([], 50, error)[0]!.severity, 'error');
  });
});
