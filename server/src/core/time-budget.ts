import type { Config } from './config';
import { RULES_BY_ID } from './rules';
import type { Finding } from './types';
import { CORE_TEXT, t } from './text';

/**
 * Adds `check-time-exceeded` when a check took longer than the configured budget. The shells
 * measure the time (the core itself never reads a clock) and call this with the figure.
 */
export function withTimeBudget(findings: readonly Finding[], elapsedMs: number, config: Config): readonly Finding[] {
  const budget = config.limits.timeBudgetMs;
  const setting = config.rules['check-time-exceeded'] ?? RULES_BY_ID.get('check-time-exceeded')?.meta.severity ?? 'warning';
  if (elapsedMs <= budget || setting === 'off') return findings;
  const ms = Math.round(elapsedMs);
  const message = t(config.language, CORE_TEXT.timeBudget, { ms, budget });
  return [{ ruleId: 'check-time-exceeded', severity: setting, message, range: { start: 0, end: 0 }, path: [], fixes: [] }, ...findings];
}
