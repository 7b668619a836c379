/**
 * Readiness: a predicted scaled score and a probability of passing the next full exam, from recent full exams.
 *
 * Method (stated in the README): the candidate's chance of answering a scored question right is unknown; start from
 * a uniform Beta(1, 1) belief and add each recent exam's correct and wrong scored answers, the most recent at full
 * weight and each older one at RECENCY_WEIGHT times the next. The next form's raw score then follows a
 * beta-binomial distribution over its scored questions; the probability of passing is the chance that it reaches
 * the average cut score of those exams, and the range is its 10th–90th percentile mapped to the scale.
 * It ignores differences in difficulty between questions and assumes no learning between exams, so it is a guide.
 */
import { scaledScore } from './scale.ts';

export interface ExamResult {
  /** Correct scored answers. */
  readonly raw: number;
  readonly scoredCount: number;
  readonly cut: number;
}

export type Readiness =
  | { readonly status: 'insufficient'; readonly have: number; readonly need: number }
  | {
      readonly status: 'estimate';
      readonly basedOn: number;
      /** 100–1000. */
      readonly predicted: number;
      readonly low: number;
      readonly high: number;
      /** 0–1. */
      readonly passProbability: number;
    };

export const MIN_EXAMS = 2;
export const MAX_EXAMS = 5;
export const RECENCY_WEIGHT = 0.7;

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), accurate to ~15 digits for x > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

const logBeta = (a: number, b: number) => logGamma(a) + logGamma(b) - logGamma(a + b);

/** P(X = x) for x = 0..n under a beta-binomial(n, alpha, beta). */
export function betaBinomial(n: number, alpha: number, beta: number): number[] {
  const out: number[] = [];
  for (let x = 0; x <= n; x++) {
    const logChoose = logGamma(n + 1) - logGamma(x + 1) - logGamma(n - x + 1);
    out.push(Math.exp(logChoose + logBeta(x + alpha, n - x + beta) - logBeta(alpha, beta)));
  }
  return out;
}

/** `results` newest first; only the newest MAX_EXAMS count. */
export function readiness(results: readonly ExamResult[], passingScore: number): Readiness {
  const recent = results.slice(0, MAX_EXAMS);
  if (recent.length < MIN_EXAMS) return { status: 'insufficient', have: recent.length, need: MIN_EXAMS };
  let alpha = 1;
  let beta = 1;
  recent.forEach((r, i) => {
    const w = RECENCY_WEIGHT ** i;
    alpha += w * r.raw;
    beta += w * (r.scoredCount - r.raw);
  });
  const n = recent[0]!.scoredCount;
  const cut = recent.reduce((s, r) => s + (r.cut / r.scoredCount) * n, 0) / recent.length;
  const pmf = betaBinomial(n, alpha, beta);
  const quantile = (q: number) => {
    let acc = 0;
    for (let x = 0; x <= n; x++) if ((acc += pmf[x]!) >= q) return x;
    return n;
  };
  const mean = (n * alpha) / (alpha + beta);
  const passProbability = pmf.reduce((s, p, x) => (x >= cut - 1e-9 ? s + p : s), 0);
  return {
    status: 'estimate',
    basedOn: recent.length,
    predicted: scaledScore(mean, cut, n, passingScore),
    low: scaledScore(quantile(0.1), cut, n, passingScore),
    high: scaledScore(quantile(0.9), cut, n, passingScore),
    passProbability: Math.min(1, Math.max(0, passProbability)),
  };
}
