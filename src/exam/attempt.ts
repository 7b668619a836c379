/**
 * An attempt as it is stored: the form (with its seed and display orders), the timestamped response log, flags,
 * struck options and where the candidate is. Validated with zod whenever it is read back.
 */
import { z } from 'zod';
import { EXAM_CODES } from '../../question-bank/exams.ts';
import { responseSchema, type Response } from '../../question-bank/schema.ts';

export const formSchema = z.object({
  exam: z.enum(EXAM_CODES),
  seed: z.number(),
  questions: z.array(
    z.object({
      itemId: z.string(),
      domain: z.number(),
      scored: z.boolean(),
      caseStudyId: z.string().optional(),
      order: z.array(z.string()),
    }),
  ),
});

/** One step of the attempt's log: a visit to a question or a change of its response (ms since epoch). */
export const logEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('visit'), at: z.number(), itemId: z.string() }),
  z.object({ kind: z.literal('answer'), at: z.number(), itemId: z.string(), response: responseSchema.nullable() }),
]);
export type LogEntry = z.infer<typeof logEntrySchema>;

export const MODES = ['exam', 'practice'] as const;
export type Mode = (typeof MODES)[number];

export const attemptSchema = z.object({
  id: z.string(),
  exam: z.enum(EXAM_CODES),
  mode: z.enum(MODES),
  status: z.enum(['running', 'finished']),
  form: formSchema,
  responses: z.record(z.string(), responseSchema),
  log: z.array(logEntrySchema),
  flags: z.array(z.string()),
  /** Practice mode: questions whose answer was checked (feedback shown, answer locked). */
  checked: z.array(z.string()).default([]),
  struck: z.record(z.string(), z.array(z.string())),
  current: z.number().int().min(0),
  startedAt: z.number(),
  /** ms since epoch; null in practice mode, which has no deadline. */
  deadline: z.number().nullable(),
  accommodation: z.boolean(),
  /** What a practice session was built from. */
  practice: z.object({ source: z.enum(['bank', 'missed']), domains: z.array(z.number()), task: z.string().optional() }).optional(),
  /** Whether the candidate chose to mark confidence, and the marks given (Sure / Unsure / Guess per question). */
  confidenceOn: z.boolean().optional(),
  confidence: z.record(z.string(), z.enum(['sure', 'unsure', 'guess'])).optional(),
  finishedAt: z.number().optional(),
  endReason: z.enum(['submitted', 'time-expired']).optional(),
  /**
   * Revision: grows with every stored change of a running attempt. A write never replaces a newer revision, and a
   * write by a tab other than `writer` is refused unless that tab is taking the attempt over.
   */
  rev: z.number().int().min(0).default(0),
  /** The tab (a random id per page load) that may write this attempt now. */
  writer: z.string().optional(),
  /** The score when the attempt finished; always recomputed from responses when shown. */
  summary: z.object({ scaled: z.number(), passed: z.boolean() }).optional(),
});
export type Attempt = z.infer<typeof attemptSchema>;

export type Responses = Record<string, Response>;

/** Seconds spent on each question, derived from the visit log: from a visit to the next visit or the end. */
export function timePerQuestion(attempt: Pick<Attempt, 'log' | 'finishedAt'>): Map<string, number> {
  const visits = attempt.log.filter((e) => e.kind === 'visit');
  const out = new Map<string, number>();
  visits.forEach((v, i) => {
    const end = visits[i + 1]?.at ?? attempt.finishedAt ?? v.at;
    out.set(v.itemId, (out.get(v.itemId) ?? 0) + Math.max(0, end - v.at) / 1000);
  });
  return out;
}

/** A fresh attempt; the deadline is start + exam minutes (+ the ESL accommodation's minutes when chosen). */
export function newAttempt(args: {
  id: string;
  form: Attempt['form'];
  mode: Mode;
  now: number;
  minutes: number;
  accommodationMinutes: number;
  accommodation: boolean;
  practice?: Attempt['practice'];
  /** The candidate chose to mark Sure / Unsure / Guess after answering. */
  confidenceOn?: boolean;
}): Attempt {
  const minutes = args.minutes + (args.accommodation ? args.accommodationMinutes : 0);
  return {
    id: args.id,
    exam: args.form.exam,
    mode: args.mode,
    status: 'running',
    form: args.form,
    responses: {},
    log: args.form.questions[0] ? [{ kind: 'visit', at: args.now, itemId: args.form.questions[0].itemId }] : [],
    flags: [],
    checked: [],
    struck: {},
    current: 0,
    rev: 0,
    startedAt: args.now,
    deadline: args.mode === 'exam' ? args.now + minutes * 60_000 : null,
    ...(args.confidenceOn ? { confidenceOn: true, confidence: {} } : {}),
    accommodation: args.accommodation,
    ...(args.practice ? { practice: args.practice } : {}),
  };
}
