/**
 * The scaled-score model: an approximation of AWS's 100–1000 scale (AWS publishes no formula).
 * The cut score is the raw score a minimally qualified candidate is expected to reach (sum of angoff estimates).
 */

/**
 * Maps a raw score (correct scored answers) to 100–1000, piecewise linearly: 0 → 100, cut → passingScore,
 * scoredCount → 1000. Below the cut the result never reaches passingScore, at or above it never falls below it.
 */
export function scaledScore(raw: number, cut: number, scoredCount: number, passingScore: number): number {
  if (scoredCount <= 0) return 100;
  const r = Math.min(Math.max(raw, 0), scoredCount);
  const c = Math.min(Math.max(cut, Number.EPSILON), scoredCount);
  if (r < c) return Math.min(Math.round(100 + ((passingScore - 100) * r) / c), passingScore - 1);
  if (c >= scoredCount) return 1000;
  return Math.max(Math.round(passingScore + ((1000 - passingScore) * (r - c)) / (scoredCount - c)), passingScore);
}
