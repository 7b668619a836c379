import { z } from 'zod';
import { choiceOption, COUNT_WORDS, duplicatesIn, questionBase, RIGHT, UNANSWERED, WRONG, type Completeness, type Grade } from './common.ts';

export const schema = z
  .strictObject({
    ...questionBase,
    type: z.literal('multiple-response'),
    /** How many options the candidate must select; the stem says it too ("Select TWO."). */
    select: z.int({ error: (iss) => (iss.input === undefined ? 'required' : 'must be a whole number') }).min(2, 'must be at least 2').max(7),
    options: z.array(choiceOption).min(5, 'needs at least five options'),
  })
  .superRefine((item, ctx) => {
    const correct = item.options.filter((o) => o.correct).length;
    if (correct !== item.select)
      ctx.addIssue({ code: 'custom', path: ['select'], message: `says select ${item.select} but the key marks ${correct} options correct` });
    if (correct >= item.options.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'needs at least one option that is not correct' });
    const word = COUNT_WORDS[item.select];
    if (word && !new RegExp(`\\(?Select ${word}\\.?\\)?`).test(item.stem))
      ctx.addIssue({ code: 'custom', path: ['stem'], message: `must end by saying "(Select ${word}.)" to match select: ${item.select}` });
    for (const d of duplicatesIn(item.options.map((o) => o.id)))
      ctx.addIssue({ code: 'custom', path: ['options'], message: `option id "${d}" is used twice` });
  });
export type Item = z.infer<typeof schema>;

export const responseSchema = z.strictObject({ type: z.literal('multiple-response'), choices: z.array(z.string()) });
export type Response = z.infer<typeof responseSchema>;

export function completeness(item: Item, response: Response | undefined): Completeness {
  const n = response?.choices.length ?? 0;
  return n === 0 ? 'unanswered' : n === item.select ? 'answered' : 'incomplete';
}

export function grade(item: Item, response: Response | undefined): Grade {
  if (!response || response.choices.length === 0) return UNANSWERED;
  const key = new Set(item.options.filter((o) => o.correct).map((o) => o.id));
  const chosen = new Set(response.choices);
  if (chosen.size !== key.size) return WRONG;
  for (const c of chosen) if (!key.has(c)) return WRONG;
  return RIGHT;
}

export function correctResponse(item: Item): Response {
  return { type: 'multiple-response', choices: item.options.filter((o) => o.correct).map((o) => o.id) };
}
