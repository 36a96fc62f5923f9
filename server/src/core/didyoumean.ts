/** Damerau-free Levenshtein distance, case-insensitive; small inputs only (keys and enum values). */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  let previous = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[t.length] ?? Math.max(s.length, t.length);
}

/**
 * The candidate closest to `input`, if it is close enough to be a plausible typo: within a third of
 * the longer word (at least 2 edits), or a case/separator variant such as `target_group`.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const squash = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const squashed = squash(input);
  for (const candidate of candidates) {
    if (squash(candidate) === squashed) return candidate;
    // The distance is at least the difference in length: skip candidates that cannot be close enough.
    const longer = Math.max(input.length, candidate.length);
    if (Math.abs(input.length - candidate.length) > Math.max(2, Math.floor(longer / 3)) || Math.abs(input.length - candidate.length) >= bestDistance) continue;
    const distance = editDistance(input, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(2, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/**
 * Like `closest`, and when no candidate is within typo distance, the one whose words (split at `-`)
 * start with every word of `input`: `sessions-range` → `sessions-outside-effective-range`. For ids
 * made of several words, which people remember by their words rather than letter by letter.
 */
export function closestByWords(input: string, candidates: readonly string[]): string | undefined {
  const near = closest(input, candidates);
  if (near !== undefined) return near;
  const words = input.toLowerCase().split(/[-_\s]+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const matches = candidates.filter((candidate) => {
    const own = candidate.toLowerCase().split('-');
    return words.every((word) => own.some((part) => part.startsWith(word)));
  });
  // Several matches: the shortest is the least surprising, and ties keep the candidates' order.
  return matches.sort((a, b) => a.length - b.length)[0];
}
