/**
 * The single definition of a bank item. TypeScript types are inferred from these zod schemas;
 * each question type lives in its own module under item-types/ behind one interface.
 */
import { z } from 'zod';
import * as mc from './item-types/multiple-choice.ts';
import * as mr from './item-types/multiple-response.ts';
import * as ord from './item-types/ordering.ts';
import * as mat from './item-types/matching.ts';
import { itemId, text, type Completeness, type Grade } from './item-types/common.ts';
import { EXAM_CODES } from './exams.ts';
import type { Block, RichFields } from './rich.ts';

export type { Completeness, Grade } from './item-types/common.ts';
export { ownValue } from './item-types/common.ts';
export { REUSE_RULES, type ReuseRule } from './item-types/matching.ts';

/** What every question type provides: how to validate, when a response is complete, how to grade, the key. */
export interface ItemTypeModule<I, R> {
  readonly schema: z.ZodType<I>;
  readonly responseSchema: z.ZodType<R>;
  completeness(item: I, response: R | undefined): Completeness;
  grade(item: I, response: R | undefined): Grade;
  correctResponse(item: I): R;
}

export const ITEM_TYPES = {
  'multiple-choice': mc as ItemTypeModule<mc.Item, mc.Response>,
  'multiple-response': mr as ItemTypeModule<mr.Item, mr.Response>,
  ordering: ord as ItemTypeModule<ord.Item, ord.Response>,
  matching: mat as ItemTypeModule<mat.Item, mat.Response>,
} as const;
export type QuestionType = keyof typeof ITEM_TYPES;
export const QUESTION_TYPES = Object.keys(ITEM_TYPES) as QuestionType[];

export const questionSchema = z.discriminatedUnion('type', [mc.schema, mr.schema, ord.schema, mat.schema], {
  error: (iss) =>
    iss.code === 'invalid_union' ? `type must be one of: ${QUESTION_TYPES.join(', ')}, case-study` : undefined,
});
export type Question = z.infer<typeof questionSchema>;
export type MultipleChoiceItem = mc.Item;
export type MultipleResponseItem = mr.Item;
export type OrderingItem = ord.Item;
export type MatchingItem = mat.Item;

export const responseSchema = z.discriminatedUnion('type', [
  mc.responseSchema,
  mr.responseSchema,
  ord.responseSchema,
  mat.responseSchema,
]);
export type Response = z.infer<typeof responseSchema>;

const examCode = z.enum(EXAM_CODES, { error: `must be one of: ${EXAM_CODES.join(', ')}` });

/** A scenario shared by two or more questions, each scored on its own. */
export const caseStudySchema = z.strictObject({
  id: itemId,
  type: z.literal('case-study'),
  title: text,
  scenario: text,
  questions: z.array(questionSchema).min(2, 'a case study needs at least two questions'),
  exams: z.array(examCode).min(1).optional(),
});
export type CaseStudy = z.infer<typeof caseStudySchema>;

export type BankEntry = Question | CaseStudy;

/** One bank file as an author writes it. */
export const bankFileSchema = z
  .strictObject({
    /** The one exam the file's items belong to … */
    exam: examCode.optional(),
    /** … or the exams they all belong to (an item may narrow this with its own `exams`). */
    exams: z.array(examCode, { error: 'exams must be a list of exam codes' }).min(1, 'exams needs at least one exam code').optional(),
    items: z.array(z.unknown(), { error: 'items must be a list' }),
  })
  .refine((f) => (f.exam === undefined) !== (f.exams === undefined), {
    message: 'name the exam in either "exam" (one code) or "exams" (a list), not both and not neither',
    path: ['exam'],
  });

/** A question as the exam uses it: with its exam and, for case-study questions, its scenario. */
export type BankQuestion = Question & {
  readonly exam: (typeof EXAM_CODES)[number];
  readonly caseStudy?: { readonly id: string; readonly title: string; readonly scenario: string; readonly rich?: readonly Block[] };
  /** Formatted text fields, added by the build (see rich.ts); absent where every field is plain paragraphs. */
  readonly rich?: RichFields;
};

function moduleFor(type: QuestionType): ItemTypeModule<Question, Response> {
  return ITEM_TYPES[type] as unknown as ItemTypeModule<Question, Response>;
}

/** Grade one response all-or-nothing; a response of another type counts as wrong. */
export function gradeQuestion(q: Question, response: Response | undefined): Grade {
  if (response && response.type !== q.type) return { fraction: 0, state: 'wrong' };
  return moduleFor(q.type).grade(q, response);
}

/**
 * Whether a stored response still fits the question: it names only options, steps, prompts and responses the
 * question has. A bank update can remove or rename them; such an answer counts as unanswered and the exam says so.
 */
export function responseFits(q: Question, response: Response | undefined): boolean {
  if (!response) return true;
  if (response.type !== q.type) return false;
  const has = (list: readonly { id: string }[], id: string) => list.some((x) => x.id === id);
  switch (response.type) {
    case 'multiple-choice':
      return has((q as MultipleChoiceItem).options, response.choice);
    case 'multiple-response':
      return response.choices.every((c) => has((q as MultipleResponseItem).options, c));
    case 'ordering':
      return response.sequence.every((s) => has((q as OrderingItem).steps, s));
    case 'matching': {
      const m = q as MatchingItem;
      return Object.entries(response.pairs).every(([p, r]) => has(m.prompts, p) && has(m.responses, r));
    }
  }
}

export function completenessOf(q: Question, response: Response | undefined): Completeness {
  if (response && !responseFits(q, response)) return 'unanswered';
  return moduleFor(q.type).completeness(q, response);
}

export function correctResponseOf(q: Question): Response {
  return moduleFor(q.type).correctResponse(q);
}
