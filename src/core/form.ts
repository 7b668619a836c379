/**
 * Form assembly: pure. Builds one sitting of an exam from the bank, a seed and the items seen recently.
 * No clock, no Math.random: the same inputs always give the same form.
 */
import type { ExamDefinition, ExamCode, FormQuestionKind } from '../../question-bank/exams.ts';
import { enemyPairs, pairKey } from '../../question-bank/quality.ts';
import type { BankQuestion } from '../../question-bank/schema.ts';
import { seededRng, shuffled, type Rng } from './random.ts';

export interface FormQuestion {
  readonly itemId: string;
  readonly domain: number;
  /** False for the unscored (pretest) questions; the candidate is never told which. */
  readonly scored: boolean;
  readonly caseStudyId?: string;
  /** Display order of the item's option, step or response ids. */
  readonly order: string[];
}

export interface Form {
  readonly exam: ExamCode;
  readonly seed: number;
  readonly questions: FormQuestion[];
}

export interface Shortfall {
  readonly domain: number;
  readonly title: string;
  readonly needed: number;
  readonly available: number;
}

export class FormShortfallError extends Error {
  constructor(
    readonly exam: ExamCode,
    readonly shortfalls: readonly Shortfall[],
  ) {
    super(
      `The ${exam} bank cannot fill a form: ` +
        shortfalls
          .map((s) => `domain ${s.domain} (${s.title}) needs ${s.needed} questions but the bank has ${s.available}: ${s.needed - s.available} missing`)
          .join('; '),
    );
    this.name = 'FormShortfallError';
  }
}

/** Splits `total` in proportion to `weights` by the largest-remainder method; ties go to the earlier domain. */
export function largestRemainder(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    out[i]!++;
  }
  return out;
}

/** Scored and unscored questions per domain, in the exam's domain order. */
export function domainQuotas(exam: ExamDefinition): { scored: number[]; unscored: number[] } {
  const weights = exam.domains.map((d) => d.weight);
  return {
    scored: largestRemainder(weights, exam.scoredCount),
    unscored: largestRemainder(weights, exam.questionCount - exam.scoredCount),
  };
}

function displayOrder(q: BankQuestion, rng: Rng): string[] {
  switch (q.type) {
    case 'multiple-choice':
    case 'multiple-response':
      return shuffled(q.options.map((o) => o.id), rng);
    case 'ordering':
      return shuffled(q.steps.map((s) => s.id), rng);
    case 'matching':
      return shuffled(q.responses.map((r) => r.id), rng);
  }
}

type Unit = readonly BankQuestion[]; // a standalone question, or a case study's questions in order

/**
 * Builds a form: `exam.questionCount` questions, `exam.scoredCount` of them scored in proportion to the domain weights.
 * Only the question types the exam's guide lists are used. Where that includes case studies, exactly one case study
 * (all its questions, in order) is included when the bank has one; at least one ordering and one matching question
 * likewise. No two declared enemies share a form. Items in `recent` (oldest first) are used last, the most recent
 * last of all.
 * Throws FormShortfallError naming each domain that lacks questions.
 */
export function buildForm(
  bank: readonly BankQuestion[],
  exam: ExamDefinition,
  seed: number,
  recent: readonly string[] = [],
): Form {
  const rng = seededRng(seed);
  const kinds = new Set<FormQuestionKind>(exam.guide.questionTypes);
  const useCaseStudies = kinds.has('case-study');
  // Forms hold only the question types the exam's current guide lists.
  const own = bank.filter((q) => q.exam === exam.code && kinds.has(q.type) && (!q.caseStudy || useCaseStudies));
  const domainIndex = new Map(exam.domains.map((d, i) => [d.id, i]));
  const { scored, unscored } = domainQuotas(exam);
  const need = scored.map((s, i) => s + unscored[i]!);

  const units: Unit[] = [];
  const caseUnits = new Map<string, BankQuestion[]>();
  for (const q of own) {
    if (!q.caseStudy) units.push([q]);
    else if (caseUnits.has(q.caseStudy.id)) caseUnits.get(q.caseStudy.id)!.push(q);
    else {
      const u = [q];
      caseUnits.set(q.caseStudy.id, u);
      units.push(u);
    }
  }
  const isCaseStudy = (u: Unit) => !!u[0]!.caseStudy;
  const perDomain = (u: Unit) => {
    const counts = exam.domains.map(() => 0);
    for (const q of u) counts[domainIndex.get(q.domain)!]!++;
    return counts;
  };

  // A form holds one case study at most, so only the largest share of any one case study can count as available.
  const available = exam.domains.map(() => 0);
  const caseShare = exam.domains.map(() => 0);
  for (const u of units) {
    const counts = perDomain(u);
    counts.forEach((c, i) => (isCaseStudy(u) ? (caseShare[i] = Math.max(caseShare[i]!, c)) : (available[i]! += c)));
  }
  const short = exam.domains
    .map((d, i) => ({ domain: d.id, title: d.title, needed: need[i]!, available: available[i]! + caseShare[i]! }))
    .filter((s) => s.available < s.needed);
  if (short.length) throw new FormShortfallError(exam.code, short);

  const recency = new Map(recent.map((id, i) => [id, i]));
  const unitRecency = (u: Unit) => Math.max(-1, ...u.map((q) => recency.get(q.id) ?? -1));
  const priority = shuffled(units, rng)
    .map((u) => ({ u, r: unitRecency(u) }))
    .sort((a, b) => a.r - b.r) // stable: unseen first in shuffled order, then least recently seen
    .map((x) => x.u);

  const enemies = enemyPairs(own);
  const left = [...need];
  const chosen: Unit[] = [];
  const chosenIds: string[] = [];
  const taken = new Set<Unit>();
  const fits = (u: Unit) =>
    perDomain(u).every((w, i) => w <= left[i]!) &&
    !u.some((q) => chosenIds.some((id) => enemies.has(pairKey(q.id, id))));
  const take = (u: Unit) => {
    for (const q of u) left[domainIndex.get(q.domain)!]!--;
    chosen.push(u);
    chosenIds.push(...u.map((q) => q.id));
    taken.add(u);
  };

  // The question types a full form always shows, when the bank has them: one case study (all its questions, in
  // order) where the guide lists case studies, one ordering and one matching question.
  const required: ((u: Unit) => boolean)[] = [
    ...(useCaseStudies ? [isCaseStudy] : []),
    (u) => !isCaseStudy(u) && u[0]!.type === 'ordering',
    (u) => !isCaseStudy(u) && u[0]!.type === 'matching',
  ];
  for (const isKind of required) {
    const u = priority.find((c) => !taken.has(c) && isKind(c) && fits(c));
    if (u) take(u);
  }
  for (const u of priority) if (!taken.has(u) && !isCaseStudy(u) && fits(u)) take(u);

  if (left.some((l) => l > 0)) {
    // Only a case study too large for the remaining room, or enemies ruling out the rest, can cause this.
    throw new FormShortfallError(
      exam.code,
      exam.domains
        .map((d, i) => ({ domain: d.id, title: d.title, needed: need[i]!, available: need[i]! - left[i]! }))
        .filter((s) => s.available < s.needed),
    );
  }

  // Which questions are unscored is drawn at random within each domain.
  const unscoredIds = new Set<string>();
  exam.domains.forEach((d, i) => {
    const inDomain = chosen.flat().filter((q) => q.domain === d.id);
    for (const q of shuffled(inDomain, rng).slice(0, unscored[i])) unscoredIds.add(q.id);
  });

  const questions = shuffled(chosen, rng)
    .flat()
    .map(
      (q): FormQuestion => ({
        itemId: q.id,
        domain: q.domain,
        scored: !unscoredIds.has(q.id),
        ...(q.caseStudy ? { caseStudyId: q.caseStudy.id } : {}),
        order: displayOrder(q, rng),
      }),
    );
  return { exam: exam.code, seed, questions };
}

/**
 * A practice set: up to `count` questions from the chosen domains (or exactly the listed items, in that order),
 * all counted, options shuffled. Case studies stay whole when drawn from the bank.
 */
export function buildPracticeForm(
  bank: readonly BankQuestion[],
  exam: ExamDefinition,
  seed: number,
  options: { count: number; domains?: readonly number[]; itemIds?: readonly string[] },
): Form {
  const rng = seededRng(seed);
  const own = bank.filter((q) => q.exam === exam.code);
  let picked: BankQuestion[];
  if (options.itemIds) {
    const byId = new Map(own.map((q) => [q.id, q]));
    picked = options.itemIds.map((id) => byId.get(id)).filter((q): q is BankQuestion => !!q).slice(0, options.count);
  } else {
    const domains = new Set(options.domains ?? exam.domains.map((d) => d.id));
    const units = new Map<string, BankQuestion[]>();
    for (const q of own.filter((q) => domains.has(q.domain))) {
      const key = q.caseStudy?.id ?? q.id;
      units.set(key, [...(units.get(key) ?? []), q]);
    }
    picked = [];
    for (const u of shuffled([...units.values()], rng)) if (picked.length + u.length <= options.count) picked.push(...u);
  }
  return {
    exam: exam.code,
    seed,
    questions: picked.map((q) => ({
      itemId: q.id,
      domain: q.domain,
      scored: true,
      ...(q.caseStudy ? { caseStudyId: q.caseStudy.id } : {}),
      order: displayOrder(q, rng),
    })),
  };
}
