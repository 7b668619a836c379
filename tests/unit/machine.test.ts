import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { EXAMS } from '../../question-bank/exams.ts';
import { buildForm } from '../../src/core/form.ts';
import { newAttempt, timePerQuestion, type Attempt } from '../../src/exam/attempt.ts';
import { examMachine } from '../../src/exam/machine.ts';
import { makeBank } from '../fixtures/bank.ts';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const MIN = 60_000;
const form = buildForm(makeBank('MLA-C01', 25, 2), EXAMS['MLA-C01'], 11);

function start(over: Partial<Attempt> = {}, accommodation = false) {
  const saved: Attempt[] = [];
  const attempt = { ...newAttempt({ id: 'a1', form, mode: 'exam', now: T0, minutes: 130, accommodationMinutes: 30, accommodation }), ...over };
  const actor = createActor(examMachine.provide({ actions: { persist: ({ context }) => void saved.push(structuredClone(context)) } }), { input: attempt });
  actor.start();
  return { actor, saved, ctx: () => actor.getSnapshot().context };
}

describe('exam machine', () => {
  it('sets the deadline from the exam minutes, plus 30 with the accommodation', () => {
    expect(start().ctx().deadline).toBe(T0 + 130 * MIN);
    expect(start({}, true).ctx().deadline).toBe(T0 + 160 * MIN);
  });

  it('navigates next, previous and directly, never past either end', () => {
    const { actor, ctx } = start();
    actor.send({ type: 'nav.prev', at: T0 + 1000 });
    expect(ctx().current).toBe(0);
    actor.send({ type: 'nav.next', at: T0 + 2000 });
    actor.send({ type: 'nav.next', at: T0 + 3000 });
    expect(ctx().current).toBe(2);
    actor.send({ type: 'nav.goto', index: 64, at: T0 + 4000 });
    actor.send({ type: 'nav.next', at: T0 + 5000 });
    expect(ctx().current).toBe(64);
    actor.send({ type: 'nav.prev', at: T0 + 6000 });
    expect(ctx().current).toBe(63);
  });

  it('persists every move, so a reload reopens the question the candidate was on', () => {
    const { actor, saved } = start();
    actor.send({ type: 'nav.next', at: T0 + 1000 });
    expect(saved.at(-1)!.current).toBe(1);
    actor.send({ type: 'nav.goto', index: 7, at: T0 + 2000 });
    expect(saved.at(-1)!.current).toBe(7);
    actor.send({ type: 'nav.prev', at: T0 + 3000 });
    expect(saved.at(-1)!.current).toBe(6);
    actor.send({ type: 'review.open' });
    actor.send({ type: 'nav.goto', index: 2, at: T0 + 4000 }); // from the review grid
    expect(saved.at(-1)!.current).toBe(2);
    expect(saved).toHaveLength(4);
  });

  it('keeps a confidence mark with the answer, and drops it when the answer is cleared', () => {
    const { actor, ctx, saved } = start({ confidenceOn: true, confidence: {} });
    const id = form.questions[0]!.itemId;
    actor.send({ type: 'answer.set', itemId: id, response: { type: 'multiple-choice', choice: 'a' }, at: T0 + 1000 });
    actor.send({ type: 'confidence.set', itemId: id, confidence: 'unsure', at: T0 + 2000 });
    expect(saved.at(-1)!.confidence).toEqual({ [id]: 'unsure' });
    actor.send({ type: 'confidence.set', itemId: 'not-on-the-form', confidence: 'sure', at: T0 + 2500 });
    expect(ctx().confidence).toEqual({ [id]: 'unsure' });
    actor.send({ type: 'answer.set', itemId: id, response: null, at: T0 + 3000 });
    expect(ctx().confidence).toEqual({});
    actor.send({ type: 'confidence.set', itemId: id, confidence: 'sure', at: T0 + 131 * MIN }); // past the deadline
    expect(ctx().confidence).toEqual({});
    expect(ctx().status).toBe('finished');
  });

  it('records answers, changes and clears, and persists each change with a timestamped log', () => {
    const { actor, ctx, saved } = start();
    const id = form.questions[0]!.itemId;
    actor.send({ type: 'answer.set', itemId: id, response: { type: 'multiple-choice', choice: 'a' }, at: T0 + 10_000 });
    actor.send({ type: 'answer.set', itemId: id, response: { type: 'multiple-choice', choice: 'c' }, at: T0 + 20_000 });
    expect(ctx().responses[id]).toEqual({ type: 'multiple-choice', choice: 'c' });
    actor.send({ type: 'answer.set', itemId: id, response: null, at: T0 + 30_000 });
    expect(ctx().responses[id]).toBeUndefined();
    expect(ctx().log.filter((e) => e.kind === 'answer').map((e) => e.at)).toEqual([T0 + 10_000, T0 + 20_000, T0 + 30_000]);
    expect(saved).toHaveLength(3);
    expect(saved.at(-1)!.responses[id]).toBeUndefined();
  });

  it('flags and unflags, and strikes options through and back', () => {
    const { actor, ctx } = start();
    const id = form.questions[3]!.itemId;
    actor.send({ type: 'item.flag', itemId: id, at: T0 + 1000 });
    expect(ctx().flags).toEqual([id]);
    actor.send({ type: 'item.flag', itemId: id, at: T0 + 1000 });
    expect(ctx().flags).toEqual([]);
    actor.send({ type: 'option.strike', itemId: id, optionId: 'b', at: T0 + 1000 });
    expect(ctx().struck[id]).toEqual(['b']);
    actor.send({ type: 'option.strike', itemId: id, optionId: 'b', at: T0 + 1000 });
    expect(ctx().struck[id]).toEqual([]);
  });

  it('opens the review screen, reopens a question from it, and asks before ending', () => {
    const { actor, ctx } = start();
    actor.send({ type: 'review.open' });
    expect(actor.getSnapshot().matches({ running: 'review' })).toBe(true);
    actor.send({ type: 'nav.goto', index: 10, at: T0 + 1000 });
    expect(actor.getSnapshot().matches({ running: 'question' })).toBe(true);
    expect(ctx().current).toBe(10);
    actor.send({ type: 'exam.end' });
    expect(actor.getSnapshot().matches({ running: 'confirmingEnd' })).toBe(true);
    actor.send({ type: 'exam.cancel' });
    expect(actor.getSnapshot().status).toBe('active');
    actor.send({ type: 'exam.end' });
    actor.send({ type: 'exam.confirm', at: T0 + 50 * MIN });
    expect(actor.getSnapshot().status).toBe('done');
    expect(ctx()).toMatchObject({ status: 'finished', endReason: 'submitted', finishedAt: T0 + 50 * MIN });
  });

  it('submits by itself when the deadline passes, keeping the answers given so far', () => {
    const { actor, ctx, saved } = start();
    const id = form.questions[0]!.itemId;
    actor.send({ type: 'answer.set', itemId: id, response: { type: 'multiple-choice', choice: 'b' }, at: T0 + MIN });
    actor.send({ type: 'timer.tick', now: T0 + 129 * MIN });
    expect(actor.getSnapshot().status).toBe('active');
    actor.send({ type: 'timer.tick', now: T0 + 130 * MIN + 400 });
    expect(actor.getSnapshot().status).toBe('done');
    expect(ctx()).toMatchObject({ status: 'finished', endReason: 'time-expired', finishedAt: T0 + 130 * MIN });
    expect(saved.at(-1)!.responses[id]).toEqual({ type: 'multiple-choice', choice: 'b' });
    actor.send({ type: 'answer.set', itemId: id, response: null, at: T0 + 131 * MIN });
    expect(ctx().responses[id]).toBeDefined();
  });

  it('finishes on a tick exactly at the deadline, not a millisecond later', () => {
    const { actor, ctx } = start();
    actor.send({ type: 'timer.tick', now: T0 + 130 * MIN - 1 });
    expect(ctx().status).toBe('running');
    actor.send({ type: 'timer.tick', now: T0 + 130 * MIN });
    expect(ctx()).toMatchObject({ status: 'finished', endReason: 'time-expired', finishedAt: T0 + 130 * MIN });
  });

  it('owns the deadline: a change stamped at or after it is not recorded and ends the exam as of the deadline', () => {
    // No tick has arrived yet (a background tab, a slow timer): the stamp alone decides.
    for (const late of [
      (id: string) => ({ type: 'answer.set' as const, itemId: id, response: { type: 'multiple-choice' as const, choice: 'a' }, at: T0 + 130 * MIN }),
      (id: string) => ({ type: 'item.flag' as const, itemId: id, at: T0 + 130 * MIN + 5 }),
      (id: string) => ({ type: 'option.strike' as const, itemId: id, optionId: 'a', at: T0 + 131 * MIN }),
      () => ({ type: 'nav.next' as const, at: T0 + 130 * MIN }),
    ]) {
      const { actor, ctx, saved } = start();
      const id = form.questions[0]!.itemId;
      actor.send({ type: 'answer.set', itemId: id, response: { type: 'multiple-choice', choice: 'c' }, at: T0 + 129 * MIN });
      actor.send(late(id));
      expect(ctx()).toMatchObject({ status: 'finished', endReason: 'time-expired', finishedAt: T0 + 130 * MIN, current: 0, flags: [] });
      expect(ctx().responses[id]).toEqual({ type: 'multiple-choice', choice: 'c' });
      expect(ctx().struck).toEqual({});
      expect(saved.at(-1)!.status).toBe('finished');
    }
  });

  it('ends a confirmed exam as of the deadline when the confirmation is stamped after it', () => {
    const { actor, ctx } = start();
    actor.send({ type: 'exam.end' });
    actor.send({ type: 'exam.confirm', at: T0 + 200 * MIN });
    expect(ctx()).toMatchObject({ status: 'finished', endReason: 'time-expired', finishedAt: T0 + 130 * MIN });
  });

  it('never records a finish before the start, even with the clock set back', () => {
    const { actor, ctx } = start();
    actor.send({ type: 'exam.end' });
    actor.send({ type: 'exam.confirm', at: T0 - 2 * 60 * MIN });
    expect(ctx()).toMatchObject({ status: 'finished', endReason: 'submitted', finishedAt: T0 });
  });

  it('resumes from a stored attempt at the same question, answers, flags and deadline', () => {
    const first = start();
    const id = form.questions[4]!.itemId;
    first.actor.send({ type: 'nav.goto', index: 4, at: T0 + MIN });
    first.actor.send({ type: 'item.flag', itemId: id, at: T0 + 1000 });
    first.actor.send({ type: 'answer.set', itemId: id, response: { type: 'multiple-choice', choice: 'd' }, at: T0 + 2 * MIN });
    const stored = JSON.parse(JSON.stringify(first.saved.at(-1))) as Attempt;
    first.actor.stop();
    const second = start(stored);
    expect(second.ctx()).toMatchObject({ current: 4, flags: [id], deadline: T0 + 130 * MIN, responses: { [id]: { choice: 'd' } } });
    second.actor.send({ type: 'timer.tick', now: T0 + 3 * MIN });
    expect(second.actor.getSnapshot().status).toBe('active');
  });

  it('finishes as of the deadline when the deadline passed while the page was closed', () => {
    const { actor, ctx } = start();
    const stored = structuredClone(ctx());
    actor.stop();
    const back = start(stored);
    back.actor.send({ type: 'timer.tick', now: T0 + 26 * 60 * MIN }); // reopened the next day
    expect(back.ctx()).toMatchObject({ status: 'finished', endReason: 'time-expired', finishedAt: T0 + 130 * MIN });
  });

  it('stops writing when another tab takes the attempt over', () => {
    const { actor, saved } = start();
    actor.send({ type: 'tab.takenOver' });
    actor.send({ type: 'item.flag', itemId: form.questions[0]!.itemId, at: T0 + 1000 });
    expect(saved).toHaveLength(0);
  });

  it('derives the time spent on each question from the visit log', () => {
    const { actor, ctx } = start();
    actor.send({ type: 'nav.next', at: T0 + 30_000 });
    actor.send({ type: 'nav.prev', at: T0 + 50_000 });
    actor.send({ type: 'exam.end' });
    actor.send({ type: 'exam.confirm', at: T0 + 60_000 });
    const t = timePerQuestion(ctx());
    expect(t.get(form.questions[0]!.itemId)).toBe(40);
    expect(t.get(form.questions[1]!.itemId)).toBe(20);
  });
});

describe('practice mode', () => {
  it('has no deadline, checks an answer on request and then locks it', () => {
    const attempt = newAttempt({ id: 'p1', form, mode: 'practice', now: T0, minutes: 130, accommodationMinutes: 30, accommodation: false });
    expect(attempt.deadline).toBeNull();
    const actor = createActor(examMachine, { input: attempt }).start();
    actor.send({ type: 'timer.tick', now: T0 + 1000 * MIN });
    expect(actor.getSnapshot().status).toBe('active');
    const id = form.questions[0]!.itemId;
    actor.send({ type: 'answer.set', itemId: id, response: { type: 'multiple-choice', choice: 'a' }, at: T0 + 1 });
    actor.send({ type: 'answer.check', itemId: id, at: T0 + 1000 });
    actor.send({ type: 'answer.set', itemId: id, response: { type: 'multiple-choice', choice: 'b' }, at: T0 + 2 });
    expect(actor.getSnapshot().context.checked).toEqual([id]);
    expect(actor.getSnapshot().context.responses[id]).toEqual({ type: 'multiple-choice', choice: 'a' });
  });
  it('ignores answer checks in exam mode: feedback waits for the end', () => {
    const { actor, ctx } = start();
    actor.send({ type: 'answer.check', itemId: form.questions[0]!.itemId, at: T0 + 1000 });
    expect(ctx().checked).toEqual([]);
  });
});
