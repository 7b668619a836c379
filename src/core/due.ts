/** Which scheduled missed questions are due; kept apart from the scheduler so the start page stays small. Pure. */
import type { ExamCode } from '../../question-bank/exams.ts';

export interface Scheduled {
  readonly itemId: string;
  readonly exam: ExamCode;
  /** ms since epoch. */
  readonly due: number;
}

/** Cards of `exam` due at `now`, the most overdue first. */
export function dueCards<C extends Scheduled>(cards: readonly C[], exam: ExamCode, now: number): C[] {
  return cards.filter((c) => c.exam === exam && c.due <= now).sort((a, b) => a.due - b.due);
}
