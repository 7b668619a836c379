/**
 * The exam machine: one sitting of a mock exam under the real rules. The UI sends events and renders the snapshot.
 * Time is a deadline, not a countdown: every event that needs the time carries `at`/`now` (ms since epoch), so a
 * background tab or a reload cannot stop the clock, and tests drive it with a simulated one.
 * Persistence is the named action `persist`, provided by the app (IndexedDB) or by a test.
 */
import { assign, setup } from 'xstate';
import { ownValue, type Response } from '../../question-bank/schema.ts';
import type { Attempt } from './attempt.ts';

export type ExamEvent =
  | { type: 'answer.set'; itemId: string; response: Response | null; at: number }
  | { type: 'answer.check'; itemId: string; at: number }
  | { type: 'item.flag'; itemId: string; at: number }
  | { type: 'option.strike'; itemId: string; optionId: string; at: number }
  | { type: 'confidence.set'; itemId: string; confidence: 'sure' | 'unsure' | 'guess' | null; at: number }
  | { type: 'nav.goto'; index: number; at: number }
  | { type: 'nav.next'; at: number }
  | { type: 'nav.prev'; at: number }
  | { type: 'review.open' }
  | { type: 'review.close' }
  | { type: 'exam.end' }
  | { type: 'exam.cancel' }
  | { type: 'exam.confirm'; at: number }
  | { type: 'timer.tick'; now: number }
  | { type: 'tab.takenOver' };

export type ExamContext = Attempt;

/**
 * The machine owns the deadline: a change stamped at or after it is not recorded; the attempt finishes as of the
 * deadline instead, exactly as a tick past the deadline would.
 */
const PAST_DEADLINE = { guard: 'stampedPastDeadline', target: '#exam.finished', actions: ['finishExpired', 'persist'] } as const;

/** A finish time inside the sitting: never before the start (a clock set back) nor after the deadline. */
function clampFinish(ctx: ExamContext, at: number): number {
  return Math.min(Math.max(at, ctx.startedAt), ctx.deadline ?? Infinity);
}

function visit(ctx: ExamContext, index: number, at: number): Partial<ExamContext> {
  const i = Math.max(0, Math.min(ctx.form.questions.length - 1, index));
  if (i === ctx.current) return {};
  return { current: i, log: [...ctx.log, { kind: 'visit', at, itemId: ctx.form.questions[i]!.itemId }] };
}

export const examMachine = setup({
  types: {
    context: {} as ExamContext,
    events: {} as ExamEvent,
    input: {} as Attempt,
  },
  actions: {
    /** Writes the attempt; the app provides the IndexedDB writer. */
    persist: () => {},
    answer: assign(({ context, event }) => {
      if (event.type !== 'answer.set' || !context.form.questions.some((q) => q.itemId === event.itemId)) return {};
      const responses = { ...context.responses };
      if (event.response) responses[event.itemId] = event.response;
      else delete responses[event.itemId];
      // A cleared answer takes its confidence mark with it.
      const marks = context.confidence && !event.response && event.itemId in context.confidence
        ? { confidence: Object.fromEntries(Object.entries(context.confidence).filter(([id]) => id !== event.itemId)) }
        : {};
      return {
        responses,
        ...marks,
        log: [...context.log, { kind: 'answer' as const, at: event.at, itemId: event.itemId, response: event.response }],
      };
    }),
    /** Practice: show feedback for this question and lock its answer. */
    check: assign(({ context, event }) => {
      if (event.type !== 'answer.check' || context.checked.includes(event.itemId)) return {};
      return { checked: [...context.checked, event.itemId] };
    }),
    /** The candidate's own confidence in an answer (Sure / Unsure / Guess), when they chose to mark it. */
    setConfidence: assign(({ context, event }) => {
      if (event.type !== 'confidence.set' || !context.form.questions.some((q) => q.itemId === event.itemId)) return {};
      const confidence = { ...(context.confidence ?? {}) };
      if (event.confidence) confidence[event.itemId] = event.confidence;
      else delete confidence[event.itemId];
      return { confidence };
    }),
    toggleFlag: assign(({ context, event }) => {
      if (event.type !== 'item.flag') return {};
      const flags = context.flags.includes(event.itemId)
        ? context.flags.filter((f) => f !== event.itemId)
        : [...context.flags, event.itemId];
      return { flags };
    }),
    toggleStrike: assign(({ context, event }) => {
      if (event.type !== 'option.strike') return {};
      const now = ownValue(context.struck, event.itemId) ?? [];
      const next = now.includes(event.optionId) ? now.filter((o) => o !== event.optionId) : [...now, event.optionId];
      return { struck: { ...context.struck, [event.itemId]: next } };
    }),
    goto: assign(({ context, event }) => {
      if (event.type === 'nav.goto') return visit(context, event.index, event.at);
      if (event.type === 'nav.next') return visit(context, context.current + 1, event.at);
      if (event.type === 'nav.prev') return visit(context, context.current - 1, event.at);
      return {};
    }),
    finishSubmitted: assign(({ context, event }) => ({
      status: 'finished' as const,
      endReason: 'submitted' as const,
      finishedAt: event.type === 'exam.confirm' ? clampFinish(context, event.at) : undefined,
    })),
    /** Time ran out (perhaps while the page was closed): the attempt ends as of the deadline. */
    finishExpired: assign(({ context }) => ({
      status: 'finished' as const,
      endReason: 'time-expired' as const,
      finishedAt: context.deadline ?? undefined,
    })),
  },
  guards: {
    deadlinePassed: ({ context, event }) =>
      event.type === 'timer.tick' && context.deadline !== null && event.now >= context.deadline,
    stampedPastDeadline: ({ context, event }) => context.deadline !== null && 'at' in event && event.at >= context.deadline,
    alreadyFinished: ({ context }) => context.status === 'finished',
    answerOpen: ({ context, event }) => event.type === 'answer.set' && !context.checked.includes(event.itemId),
    isPractice: ({ context }) => context.mode === 'practice',
  },
}).createMachine({
  id: 'exam',
  context: ({ input }) => input,
  initial: 'boot',
  states: {
    boot: {
      always: [{ guard: 'alreadyFinished', target: 'finished' }, { target: 'running' }],
    },
    running: {
      initial: 'question',
      on: {
        'timer.tick': { guard: 'deadlinePassed', target: 'finished', actions: ['finishExpired', 'persist'] },
        'answer.set': [PAST_DEADLINE, { guard: 'answerOpen', actions: ['answer', 'persist'] }],
        'answer.check': [PAST_DEADLINE, { guard: 'isPractice', actions: ['check', 'persist'] }],
        'item.flag': [PAST_DEADLINE, { actions: ['toggleFlag', 'persist'] }],
        'option.strike': [PAST_DEADLINE, { actions: ['toggleStrike', 'persist'] }],
        'confidence.set': [PAST_DEADLINE, { actions: ['setConfidence', 'persist'] }],
        'tab.takenOver': { target: 'detached' },
      },
      states: {
        question: {
          on: {
            'nav.next': [PAST_DEADLINE, { actions: ['goto', 'persist'] }],
            'nav.prev': [PAST_DEADLINE, { actions: ['goto', 'persist'] }],
            'nav.goto': [PAST_DEADLINE, { actions: ['goto', 'persist'] }],
            'review.open': { target: 'review' },
            'exam.end': { target: 'confirmingEnd' },
          },
        },
        review: {
          on: {
            'nav.goto': [PAST_DEADLINE, { target: 'question', actions: ['goto', 'persist'] }],
            'review.close': { target: 'question' },
            'exam.end': { target: 'confirmingEnd' },
          },
        },
        confirmingEnd: {
          on: {
            'exam.cancel': { target: 'review' },
            'exam.confirm': [PAST_DEADLINE, { target: '#exam.finished', actions: ['finishSubmitted', 'persist'] }],
          },
        },
      },
    },
    /** Another tab took the attempt over: this tab stops writing. */
    detached: { type: 'final' },
    finished: { type: 'final' },
  },
});
