/**
 * Test-wiseness statistics of a bank and the gates they must pass. Pure: takes questions, returns figures.
 * A test-wise candidate who knows nothing should do no better than chance, so the key must not stand out by its
 * length, and no two questions on one form may give each other away.
 */
import type { BankQuestion, Question } from './schema.ts';

/** Limits `bank:check` enforces per exam. */
export const GATES = {
  /** Chance is 0.25: above the range "pick the longest" pays; below it "never pick the longest" does. */
  keyLongestShare: [0.15, 0.3] as const,
  keyLengthRatio: [0.9, 1.1] as const,
  orderingKeyLongerShare: 0.3,
  /** Word-trigram Jaccard similarity at which two questions count as near-duplicates. */
  nearDuplicate: 0.5,
  /** From here up to `nearDuplicate`, a pair not declared enemies is a warning to review. */
  enemyWarning: 0.35,
} as const;

export interface SimilarPair {
  readonly a: string;
  readonly b: string;
  /** Word-trigram Jaccard similarity of stem plus options, 0–1, to two decimals. */
  readonly similarity: number;
}

export interface ItemCue {
  readonly id: string;
  /** Mean keyed-option length ÷ mean distractor length (multiple choice and multiple response). */
  readonly ratio?: number;
  /** Multiple choice: the keyed option is strictly the longest. */
  readonly keyLongest?: boolean;
  /** Ordering with distractor steps: every keyed step is longer than every distractor step. */
  readonly keyStepsLonger?: boolean;
}

export interface QualityStats {
  keyLongestShare: number;
  keyLengthRatio: number;
  orderingKeyLongerShare: number;
  nearDuplicates: SimilarPair[];
  angoff: { min: number; p10: number; median: number; p90: number; max: number };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The length cues of one question, in characters. */
export function itemCue(q: Question): ItemCue {
  if (q.type === 'multiple-choice' || q.type === 'multiple-response') {
    const keyed = q.options.filter((o) => o.correct).map((o) => o.text.length);
    const other = q.options.filter((o) => !o.correct).map((o) => o.text.length);
    const ratio = mean(keyed) / (mean(other) || 1);
    if (q.type === 'multiple-response') return { id: q.id, ratio };
    return { id: q.id, ratio, keyLongest: keyed[0]! > Math.max(...other) };
  }
  if (q.type === 'ordering') {
    const inAnswer = new Set(q.answer);
    const keyed = q.steps.filter((s) => inAnswer.has(s.id)).map((s) => s.text.length);
    const other = q.steps.filter((s) => !inAnswer.has(s.id)).map((s) => s.text.length);
    if (other.length === 0) return { id: q.id };
    return { id: q.id, keyStepsLonger: Math.min(...keyed) > Math.max(...other) };
  }
  return { id: q.id };
}

/** Everything a candidate reads of a question, for similarity. */
function questionText(q: Question): string {
  switch (q.type) {
    case 'multiple-choice':
    case 'multiple-response':
      return [q.stem, ...q.options.map((o) => o.text)].join(' ');
    case 'ordering':
      return [q.stem, ...q.steps.map((s) => s.text)].join(' ');
    case 'matching':
      return [q.stem, ...q.prompts.map((p) => p.text), ...q.responses.map((r) => r.text)].join(' ');
  }
}

export function trigrams(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/**
 * Pairs of questions with word-trigram similarity ≥ `min`, most similar first. Questions of one case study are not
 * compared with each other: they share their scenario by design and always appear together.
 */
export function similarPairs(questions: readonly BankQuestion[], min: number): SimilarPair[] {
  const grams = questions.map((q) => trigrams(questionText(q)));
  const out: SimilarPair[] = [];
  for (let i = 0; i < questions.length; i++)
    for (let j = i + 1; j < questions.length; j++) {
      const qa = questions[i]!;
      const qb = questions[j]!;
      if (qa.exam !== qb.exam) continue;
      if (qa.caseStudy && qa.caseStudy.id === qb.caseStudy?.id) continue;
      const s = jaccard(grams[i]!, grams[j]!);
      if (s >= min) out.push({ a: qa.id, b: qb.id, similarity: round(s, 2) });
    }
  return out.sort((x, y) => y.similarity - x.similarity);
}

/** Nearest-rank percentile of sorted values, p in 0–1. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** The statistics of one exam's questions (pass only that exam's questions). */
export function qualityStats(questions: readonly BankQuestion[]): QualityStats {
  const cues = questions.map(itemCue);
  const mc = cues.filter((c) => c.keyLongest !== undefined);
  const ratios = cues.flatMap((c) => (c.ratio === undefined ? [] : [c.ratio]));
  const ord = cues.filter((c) => c.keyStepsLonger !== undefined);
  const angoffs = questions.map((q) => q.angoff).sort((a, b) => a - b);
  return {
    keyLongestShare: round(mc.filter((c) => c.keyLongest).length / (mc.length || 1)),
    keyLengthRatio: round(ratios.length ? mean(ratios) : 1),
    orderingKeyLongerShare: round(ord.filter((c) => c.keyStepsLonger).length / (ord.length || 1)),
    nearDuplicates: similarPairs(questions, GATES.nearDuplicate),
    angoff: {
      min: angoffs[0] ?? 0,
      p10: percentile(angoffs, 0.1),
      median: percentile(angoffs, 0.5),
      p90: percentile(angoffs, 0.9),
      max: angoffs.at(-1) ?? 0,
    },
  };
}

export interface GateFailure {
  readonly statistic: string;
  readonly value: string;
  readonly limit: string;
  /** The items that push the statistic furthest past its limit. */
  readonly worst: readonly string[];
}

const WORST = 8;

/** The gates one exam's questions break, each with the items to fix first. */
export function gateFailures(questions: readonly BankQuestion[], stats = qualityStats(questions)): GateFailure[] {
  const out: GateFailure[] = [];
  const cues = questions.map(itemCue);
  const byRatio = (hi: boolean) =>
    cues
      .filter((c) => c.ratio !== undefined)
      .sort((x, y) => (hi ? y.ratio! - x.ratio! : x.ratio! - y.ratio!))
      .slice(0, WORST)
      .map((c) => `${c.id} (${round(c.ratio!, 2)})`);
  const [minLongest, maxLongest] = GATES.keyLongestShare;
  if (stats.keyLongestShare > maxLongest || stats.keyLongestShare < minLongest) {
    const tooOften = stats.keyLongestShare > maxLongest;
    out.push({
      statistic: 'keyLongestShare',
      value: String(stats.keyLongestShare),
      limit: `${minLongest}–${maxLongest}`,
      // Too often: the keys that are longest by the widest margin. Too rarely: the keys closest to being longest.
      worst: cues
        .filter((c) => c.keyLongest === tooOften)
        .sort((x, y) => y.ratio! - x.ratio!)
        .slice(0, WORST)
        .map((c) => `${c.id} (${round(c.ratio!, 2)})`),
    });
  }
  const [lo, hi] = GATES.keyLengthRatio;
  if (stats.keyLengthRatio < lo || stats.keyLengthRatio > hi)
    out.push({ statistic: 'keyLengthRatio', value: String(stats.keyLengthRatio), limit: `${lo}–${hi}`, worst: byRatio(stats.keyLengthRatio > hi) });
  if (stats.orderingKeyLongerShare > GATES.orderingKeyLongerShare)
    out.push({
      statistic: 'orderingKeyLongerShare',
      value: String(stats.orderingKeyLongerShare),
      limit: `≤ ${GATES.orderingKeyLongerShare}`,
      worst: cues.filter((c) => c.keyStepsLonger).slice(0, WORST).map((c) => c.id),
    });
  if (stats.nearDuplicates.length)
    out.push({
      statistic: 'nearDuplicates',
      value: String(stats.nearDuplicates.length),
      limit: `0 pairs with similarity ≥ ${GATES.nearDuplicate}`,
      worst: stats.nearDuplicates.slice(0, WORST).map((p) => `${p.a} ~ ${p.b} (${p.similarity})`),
    });
  return out;
}

/** Pairs similar enough to review (0.35–0.5) that neither item declares the other an enemy. */
export function undeclaredEnemies(questions: readonly BankQuestion[]): SimilarPair[] {
  const enemies = enemyPairs(questions);
  return similarPairs(questions, GATES.enemyWarning).filter(
    (p) => p.similarity < GATES.nearDuplicate && !enemies.has(pairKey(p.a, p.b)),
  );
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Every declared enemy pair, in both directions' one key. */
export function enemyPairs(questions: readonly Pick<BankQuestion, 'id' | 'enemies'>[]): Set<string> {
  const out = new Set<string>();
  for (const q of questions) for (const e of q.enemies ?? []) out.add(pairKey(q.id, e));
  return out;
}
