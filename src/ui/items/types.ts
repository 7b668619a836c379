import type { Question, Response } from '../../../question-bank/schema.ts';

/** What every item view receives; views only report changes, the session owns the response. */
export interface ItemViewProps<Q extends Question = Question> {
  item: Q;
  /** Display order of the item's option, step or response ids. */
  order: readonly string[];
  response: Extract<Response, { type: Q['type'] }> | undefined;
  struck?: readonly string[];
  /** Set once the answer is locked (practice feedback shown, or review). */
  readonly?: boolean;
  onchange: (response: Extract<Response, { type: Q['type'] }> | null) => void;
  onstrike?: (optionId: string) => void;
}
