/**
 * Pure scoring of an attempt: from the form, the stored responses and the current bank. Because it reads the bank
 * each time, fixing an answer key regrades every stored attempt.
 */
import type { ExamDefinition } from '../question-bank/exams.ts';
import { gradeQuestion, ownValue, type Grade, type Question, type Response } from '../question-bank/schema.ts';
import type { Form } from '../src/core/form.ts';
import { scaledScore } from './scale.ts';

export { scaledScore } from './scale.ts';

export interface QuestionResult {
  readonly itemId: string;
  readonly domain: number;
  readonly scored: boolean;
  readonly grade: Grade;
  /** False when the item is no longer in the bank; such a question is left out of the score. */
  readonly inBank: boolean;
}

export type Competency = 'Meets competencies' | 'Needs improvement';

export interface DomainResult {
  readonly domain: number;
  readonly title: string;
  readonly weight: number;
  readonly correct: number;
  readonly total: number;
  /** 0–100, rounded. */
  readonly percent: number;
  /** Expected correct answers of a minimally qualified candidate in this domain. */
  readonly cut: number;
  readonly competency: Competency;
}

export interface ScoreReport {
  readonly exam: ExamDefinition['code'];
  readonly raw: number;
  readonly scoredCount: number;
  readonly cut: number;
  /** 100–1000. */
  readonly scaled: number;
  readonly passingScore: number;
  readonly passed: boolean;
  readonly domains: readonly DomainResult[];
  readonly unscored: { readonly correct: number; readonly total: number };
  readonly unanswered: number;
  readonly questions: readonly QuestionResult[];
}

/** Grades each question of a form; each case-study question stands alone. */
export function gradeForm(
  form: Form,
  lookup: (itemId: string) => Question | undefined,
  responses: Readonly<Record<string, Response | undefined>>,
): QuestionResult[] {
  return form.questions.map((fq) => {
    const item = lookup(fq.itemId);
    const grade: Grade = item ? gradeQuestion(item, ownValue(responses, fq.itemId)) : { fraction: 0, state: 'wrong' };
    return { itemId: fq.itemId, domain: fq.domain, scored: fq.scored, grade, inBank: !!item };
  });
}

/** Scores an attempt on the scaled model; only the scored questions count toward the result. */
export function scoreAttempt(
  exam: ExamDefinition,
  form: Form,
  lookup: (itemId: string) => Question | undefined,
  responses: Readonly<Record<string, Response | undefined>>,
): ScoreReport {
  const questions = gradeForm(form, lookup, responses);
  const angoffOf = (id: string) => lookup(id)?.angoff ?? 0;
  // Ratings have two decimals; summing them in floating point can leave 30.000000000000004 where the cut is 30,
  // which would fail a candidate with exactly the cut score. Sums are rounded back to the ratings' precision.
  const cutOf = (qs: readonly { itemId: string }[]) => Math.round(qs.reduce((n, q) => n + angoffOf(q.itemId), 0) * 1e6) / 1e6;
  const counted = questions.filter((q) => q.scored && q.inBank);
  const raw = counted.reduce((n, q) => n + q.grade.fraction, 0);
  const cut = cutOf(counted);
  const scaled = scaledScore(raw, cut, counted.length, exam.passingScore);

  const domains = exam.domains.map((d): DomainResult => {
    const inDomain = counted.filter((q) => q.domain === d.id);
    const correct = inDomain.reduce((n, q) => n + q.grade.fraction, 0);
    const domainCut = cutOf(inDomain);
    return {
      domain: d.id,
      title: d.title,
      weight: d.weight,
      correct,
      total: inDomain.length,
      percent: inDomain.length ? Math.round((100 * correct) / inDomain.length) : 0,
      cut: domainCut,
      competency: correct >= domainCut && inDomain.length > 0 ? 'Meets competencies' : 'Needs improvement',
    };
  });

  const pretest = questions.filter((q) => !q.scored && q.inBank);
  return {
    exam: exam.code,
    raw,
    scoredCount: counted.length,
    cut,
    scaled,
    passingScore: exam.passingScore,
    passed: scaled >= exam.passingScore,
    domains,
    unscored: { correct: pretest.reduce((n, q) => n + q.grade.fraction, 0), total: pretest.length },
    unanswered: questions.filter((q) => q.grade.state === 'unanswered').length,
    questions,
  };
}
