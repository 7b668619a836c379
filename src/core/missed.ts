/**
 * Missed-question scheduling with FSRS (ts-fsrs): an item gets a card the first time it is missed; each later
 * outcome reviews the card (wrong → Again, right → Good), so missed items come back sooner and items answered
 * right repeatedly drift far into the future. Pure: the time is an argument.
 */
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import type { ExamCode } from '../../question-bank/exams.ts';

/** A card as stored: ts-fsrs's fields with dates as ms since epoch, plus the item it schedules. */
export interface StudyCard {
  itemId: string;
  exam: ExamCode;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: number;
}

export interface Outcome {
  readonly itemId: string;
  readonly exam: ExamCode;
  readonly right: boolean;
}

const scheduler = fsrs({ enable_fuzz: false });

function toCard(c: StudyCard): Card {
  return { ...c, due: new Date(c.due), last_review: c.last_review === undefined ? undefined : new Date(c.last_review) };
}

function fromCard(itemId: string, exam: ExamCode, c: Card): StudyCard {
  return {
    itemId,
    exam,
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.last_review ? { last_review: c.last_review.getTime() } : {}),
  };
}

/** Applies the outcomes of one finished sitting (`now` in ms); returns the cards that changed or were created. */
export function recordOutcomes(existing: ReadonlyMap<string, StudyCard>, outcomes: readonly Outcome[], now: number): StudyCard[] {
  const changed: StudyCard[] = [];
  for (const o of outcomes) {
    const card = existing.get(o.itemId);
    if (!card && o.right) continue; // only items missed at least once are scheduled
    const base = card ? toCard(card) : createEmptyCard(new Date(now));
    const next = scheduler.next(base, new Date(now), o.right ? Rating.Good : Rating.Again).card;
    changed.push(fromCard(o.itemId, o.exam, next));
  }
  return changed;
}

export { dueCards } from './due.ts';
