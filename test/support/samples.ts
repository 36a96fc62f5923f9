import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLES } from './paths';

export const COMPLETE_SAMPLES = [
  'voorbeeld-samen-kijken.intervention.yaml',
  'voorbeeld-sterk-thuis.intervention.yaml',
  'voorbeeld-opvoeden-in-balans.intervention.yaml',
] as const;

export function completeSample(name: (typeof COMPLETE_SAMPLES)[number] = COMPLETE_SAMPLES[0]): string {
  return readFileSync(join(SAMPLES, 'complete', name), 'utf8');
}
