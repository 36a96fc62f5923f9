import type { Formatter } from './types';
import { locatedFindings } from './located';
import { jsonArray, wholeOutput, type StreamingFormatter } from './stream';

/** Spec §7: an array of `{ file, ruleId, severity, message, range }` with 1-based positions. */
export const streamJson: StreamingFormatter = () => {
  const array = jsonArray();
  return {
    file: (report) =>
      locatedFindings([report])
        .map((f) => array.item({ file: f.file, ruleId: f.ruleId, severity: f.severity, message: f.message, range: { start: f.start, end: f.end } }))
        .join(''),
    end: () => `${array.close()}\n`,
  };
};

export const formatJson: Formatter = wholeOutput(streamJson);
