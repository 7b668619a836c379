import { z } from 'zod';

/** Text an author must fill in: trimmed, never empty. */
export const text = z.string({ error: (iss) => (iss.input === undefined ? 'required' : 'must be text') }).trim().min(1, 'must not be empty');

/** Names every object inherits (`constructor`, `toString`, `__proto__` …): an id spelled so could reach a prototype. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const notPrototypeName = (id: string) => !PROTOTYPE_NAMES.has(id);
const PROTOTYPE_MESSAGE = 'must not be a name every JavaScript object already has (such as "constructor" or "toString")';

export const localId = z
  .string({ error: (iss) => (iss.input === undefined ? 'required' : 'must be text') })
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lower-case letters, digits, "-" or "_"')
  .refine(notPrototypeName, PROTOTYPE_MESSAGE);

export const itemId = z
  .string({ error: (iss) => (iss.input === undefined ? 'required' : 'must be text') })
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'use lower-case letters, digits, "." or "-"')
  .refine(notPrototypeName, PROTOTYPE_MESSAGE);

const AWS_DOC_HOST = /(^|\.)(amazon\.com|aws)$/;

export const reference = z.strictObject({
  title: text,
  url: z
    .string({ error: (iss) => (iss.input === undefined ? 'required' : 'must be text') })
    .refine((u) => {
      try {
        const url = new URL(u);
        return url.protocol === 'https:' && AWS_DOC_HOST.test(url.hostname);
      } catch {
        return false;
      }
    }, 'must be an https link to AWS documentation (a host ending in amazon.com or .aws)'),
});

/** Fields every question has, whatever its type. */
export const questionBase = {
  id: itemId,
  domain: z.int({ error: (iss) => (iss.input === undefined ? 'required' : 'must be a whole number') }).min(1).max(9),
  task: z
    .string({ error: (iss) => (iss.input === undefined ? 'required' : 'must be text such as "1.2"') })
    .regex(/^\d\.\d$/, 'must look like "1.2"'),
  stem: text,
  references: z
    .array(reference, { error: (iss) => (iss.input === undefined ? 'required' : 'must be a list') })
    .min(1, 'needs at least one reference')
    .superRefine((refs, ctx) => {
      // The review screen lists references by URL; the same URL twice would collide there.
      for (const url of duplicatesIn(refs.map((r) => r.url)))
        ctx.addIssue({ code: 'custom', message: `lists ${url} more than once` });
    }),
  angoff: z
    .number({ error: (iss) => (iss.input === undefined ? 'required' : 'must be a number') })
    .min(0.05, 'must be between 0.05 and 0.98')
    .max(0.98, 'must be between 0.05 and 0.98'),
  /** The exams the item belongs to, where it narrows its file's list (e.g. an MLA item on a topic MLA-C02 removed). */
  exams: z.array(z.string()).min(1, 'exams needs at least one exam code').optional(),
  /** Exam-guide version the item follows, when it covers a topic added by a revision. */
  guide: z.string().optional(),
  /**
   * The exam guide's skill (objective) the item tests: numbered as the guide numbers it ("2.1.4"), or, for the ML
   * Engineer guides, the named topic of question-bank/skills/mla.ts ("1.1.vector-stores").
   */
  skill: z
    .string({ error: 'must be text such as "2.1.4"' })
    .regex(/^\d\.\d\.(\d{1,2}|[a-z][a-z0-9-]*)$/, 'must look like "2.1.4" or "1.1.vector-stores" (task statement, then the skill)')
    .optional(),
  /** A short overall explanation shown in review, beside the per-option rationales. */
  explanation: z.string().optional(),
  /** Items that test the same fact or give this one's answer away: never on one form with it. */
  enemies: z.array(itemId).optional(),
};

export const choiceOption = z.strictObject({
  id: localId,
  text,
  correct: z.boolean().optional(),
  rationale: text,
});

/** The outcome of grading one question: all-or-nothing, as on the real exam. */
export interface Grade {
  readonly fraction: 0 | 1;
  readonly state: 'right' | 'wrong' | 'unanswered';
}

export type Completeness = 'unanswered' | 'incomplete' | 'answered';

export const RIGHT: Grade = { fraction: 1, state: 'right' };
export const WRONG: Grade = { fraction: 0, state: 'wrong' };
export const UNANSWERED: Grade = { fraction: 0, state: 'unanswered' };

/**
 * The value stored under `key` in a record keyed by ids, never one inherited from a prototype: a record read with an
 * id such as "constructor" must give undefined, not Object's constructor.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function duplicatesIn(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** Words used in stems to say how many to select ("Select TWO."), 2–7. */
export const COUNT_WORDS = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN'];
