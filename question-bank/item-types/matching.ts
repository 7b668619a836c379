import { z } from 'zod';
import { duplicatesIn, localId, ownValue, questionBase, RIGHT, text, UNANSWERED, WRONG, type Completeness, type Grade } from './common.ts';

/** How often each response may be used, in the exam's own words. */
export const REUSE_RULES = {
  once: 'Each response is used one time.',
  many: 'Each response is used one or more times.',
  'once-or-none': 'Each response is used one time or not at all.',
} as const;
export type ReuseRule = keyof typeof REUSE_RULES;

export const schema = z
  .strictObject({
    ...questionBase,
    type: z.literal('matching'),
    reuse: z.enum(['once', 'many', 'once-or-none'], { error: 'must be one of: once, many, once-or-none' }),
    /** Each prompt names the response that matches it, and why. */
    prompts: z
      .array(z.strictObject({ id: localId, text, answer: localId, rationale: text }))
      .min(3, 'needs at least three prompts')
      .max(7, 'allows at most seven prompts'),
    responses: z.array(z.strictObject({ id: localId, text })).min(2, 'needs at least two responses'),
  })
  .superRefine((item, ctx) => {
    const ids = new Set(item.responses.map((r) => r.id));
    item.prompts.forEach((p, i) => {
      if (!ids.has(p.answer))
        ctx.addIssue({ code: 'custom', path: ['prompts', i, 'answer'], message: `names response "${p.answer}", which is not in responses` });
    });
    for (const d of duplicatesIn(item.prompts.map((p) => p.id)))
      ctx.addIssue({ code: 'custom', path: ['prompts'], message: `prompt id "${d}" is used twice` });
    for (const d of duplicatesIn(item.responses.map((r) => r.id)))
      ctx.addIssue({ code: 'custom', path: ['responses'], message: `response id "${d}" is used twice` });
    const uses = new Map<string, number>();
    for (const p of item.prompts) uses.set(p.answer, (uses.get(p.answer) ?? 0) + 1);
    if (item.reuse !== 'many')
      for (const [r, n] of uses)
        if (n > 1) ctx.addIssue({ code: 'custom', path: ['prompts'], message: `response "${r}" is the answer ${n} times, but reuse: ${item.reuse} allows it once` });
    if (item.reuse !== 'once-or-none')
      for (const r of item.responses)
        if (!uses.has(r.id)) ctx.addIssue({ code: 'custom', path: ['responses'], message: `response "${r.id}" is never an answer, but reuse: ${item.reuse} uses every response` });
    if (!new RegExp(REUSE_RULES[item.reuse].replace(/\./g, '\\.')).test(item.stem))
      ctx.addIssue({ code: 'custom', path: ['stem'], message: `must state the reuse rule: "${REUSE_RULES[item.reuse]}"` });
  });
export type Item = z.infer<typeof schema>;

export const responseSchema = z.strictObject({ type: z.literal('matching'), pairs: z.record(z.string(), z.string()) });
export type Response = z.infer<typeof responseSchema>;

export function completeness(item: Item, response: Response | undefined): Completeness {
  const n = item.prompts.filter((p) => ownValue(response?.pairs, p.id)).length;
  return n === 0 ? 'unanswered' : n === item.prompts.length ? 'answered' : 'incomplete';
}

export function grade(item: Item, response: Response | undefined): Grade {
  if (completeness(item, response) === 'unanswered') return UNANSWERED;
  return item.prompts.every((p) => ownValue(response!.pairs, p.id) === p.answer) ? RIGHT : WRONG;
}

export function correctResponse(item: Item): Response {
  return { type: 'matching', pairs: Object.fromEntries(item.prompts.map((p) => [p.id, p.answer])) };
}
