import type { Formatter } from './types';
import { locatedFindings } from './located';

/** Spec §7: an array of `{ file, ruleId, severity, message, range }` with 1-based positions. */
export const formatJson: Formatter = ({ reports }) => {
  const items = locatedFindings(reports).map((f) => ({
    file: f.file,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    range: { start: f.start, end: f.end },
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
};
