import { z } from 'zod';
import { COUNT_WORDS, duplicatesIn, localId, questionBase, RIGHT, text, UNANSWERED, WRONG, type Completeness, type Grade } from './common.ts';

export const schema = z
  .strictObject({
    ...questionBase,
    type: z.literal('ordering'),
    /** The pool the candidate chooses from; steps not in `answer` are distractors. */
    steps: z.array(z.strictObject({ id: localId, text, rationale: text })).min(3, 'needs at least three steps'),
    /** The keyed sequence of step ids, 3–5 long. */
    answer: z.array(localId, { error: (iss) => (iss.input === undefined ? 'required' : 'must be a list of step ids') }).min(3, 'must order at least three steps').max(5, 'may order at most five steps'),
  })
  .superRefine((item, ctx) => {
    const ids = new Set(item.steps.map((s) => s.id));
    item.answer.forEach((a, i) => {
      if (!ids.has(a)) ctx.addIssue({ code: 'custom', path: ['answer', i], message: `names step "${a}", which is not in steps` });
    });
    for (const d of duplicatesIn(item.answer))
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `step "${d}" appears twice; each step is used one time or not at all` });
    for (const d of duplicatesIn(item.steps.map((s) => s.id)))
      ctx.addIssue({ code: 'custom', path: ['steps'], message: `step id "${d}" is used twice` });
    const word = COUNT_WORDS[item.answer.length];
    if (word && !new RegExp(`Select and order ${word}`).test(item.stem))
      ctx.addIssue({ code: 'custom', path: ['stem'], message: `must say "Select and order ${word}." to match the ${item.answer.length} steps in answer` });
  });
export type Item = z.infer<typeof schema>;

export const responseSchema = z.strictObject({ type: z.literal('ordering'), sequence: z.array(z.string()) });
export type Response = z.infer<typeof responseSchema>;

export function completeness(item: Item, response: Response | undefined): Completeness {
  const n = response?.sequence.length ?? 0;
  return n === 0 ? 'unanswered' : n === item.answer.length ? 'answered' : 'incomplete';
}

export function grade(item: Item, response: Response | undefined): Grade {
  if (!response || response.sequence.length === 0) return UNANSWERED;
  const s = response.sequence;
  return s.length === item.answer.length && s.every((id, i) => id === item.answer[i]) ? RIGHT : WRONG;
}

export function correctResponse(item: Item): Response {
  return { type: 'ordering', sequence: [...item.answer] };
}
