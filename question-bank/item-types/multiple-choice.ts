import { z } from 'zod';
import { choiceOption, duplicatesIn, questionBase, RIGHT, UNANSWERED, WRONG, type Completeness, type Grade } from './common.ts';

export const schema = z
  .strictObject({
    ...questionBase,
    type: z.literal('multiple-choice'),
    options: z.array(choiceOption).min(4, 'needs one correct option and at least three distractors'),
  })
  .superRefine((item, ctx) => {
    const correct = item.options.filter((o) => o.correct);
    if (correct.length !== 1)
      ctx.addIssue({ code: 'custom', path: ['options'], message: `must have exactly one correct option (has ${correct.length})` });
    for (const d of duplicatesIn(item.options.map((o) => o.id)))
      ctx.addIssue({ code: 'custom', path: ['options'], message: `option id "${d}" is used twice` });
  });
export type Item = z.infer<typeof schema>;

export const responseSchema = z.strictObject({ type: z.literal('multiple-choice'), choice: z.string() });
export type Response = z.infer<typeof responseSchema>;

export function completeness(_item: Item, response: Response | undefined): Completeness {
  return response?.choice ? 'answered' : 'unanswered';
}

export function grade(item: Item, response: Response | undefined): Grade {
  if (!response?.choice) return UNANSWERED;
  return item.options.some((o) => o.correct && o.id === response.choice) ? RIGHT : WRONG;
}

export function correctResponse(item: Item): Response {
  return { type: 'multiple-choice', choice: item.options.find((o) => o.correct)!.id };
}
