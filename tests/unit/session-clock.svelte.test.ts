// The running exam's clock in the UI: a wall clock set back never gives time back, in the page or after a reload;
// remaining time never exceeds the exam's length.
import { describe, expect, it } from 'vitest';
import { EXAMS } from '../../question-bank/exams.ts';
import { buildForm } from '../../src/core/form.ts';
import { newAttempt } from '../../src/exam/attempt.ts';
import { MemoryRepository } from '../../src/storage/repository.ts';
import { ExamSession } from '../../src/ui/session.svelte.ts';
import { makeBank } from '../fixtures/bank.ts';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const MIN = 60_000;
const questions = makeBank('AIF-C01', 25, 0);
const bank = { questions, byId: new Map(questions.map((q) => [q.id, q])) };
const form = buildForm(questions, EXAMS['AIF-C01'], 3);

/** A wall clock and a monotonic clock the test moves by hand. */
function clocks(wall: number) {
  const c = { wall, mono: 0 };
  return { c, clock: () => c.wall, monotonic: () => c.mono };
}

function open(attempt = newAttempt({ id: 'c1', form, mode: 'exam', now: T0, minutes: 90, accommodationMinutes: 30, accommodation: false }), wall = T0) {
  const t = clocks(wall);
  const session = new ExamSession({ attempt, bank, repo: new MemoryRepository(), clock: t.clock, monotonic: t.monotonic });
  session.stopClock(); // the test ticks by hand
  return { session, ...t };
}

describe('exam clock', () => {
  it('keeps counting down when the wall clock is set back an hour during the exam', () => {
    const { session, c } = open();
    c.wall += 10 * MIN;
    c.mono += 10 * MIN;
    session.tick();
    expect(session.remainingMs).toBe(80 * MIN);
    c.wall -= 60 * MIN; // set back
    c.mono += 1000;
    session.tick();
    expect(session.remainingMs).toBe(80 * MIN - 1000);
    session.stop();
  });

  it('still follows a wall clock that jumps forward, so the deadline passes after a sleep', () => {
    const { session, c } = open();
    c.wall += 95 * MIN; // the laptop slept; the monotonic clock did not move
    session.tick();
    expect(session.view).toBe('finished');
    expect(session.attempt).toMatchObject({ endReason: 'time-expired', finishedAt: T0 + 90 * MIN });
  });

  it('after a reload with the clock set back, shows no more time than was left at the last recorded change', () => {
    const first = open();
    first.c.wall += 30 * MIN;
    first.c.mono += 30 * MIN;
    first.session.send({ type: 'nav.next' });
    const stored = structuredClone(first.session.attempt);
    first.session.stop();
    const again = open(stored, T0 + 30 * MIN - 60 * MIN);
    expect(again.session.remainingMs).toBe(60 * MIN);
    again.session.stop();
  });

  it('never shows more than the exam length, even with the clock set back before the start', () => {
    const { session } = open(undefined, T0 - 2 * 60 * MIN);
    expect(session.remainingMs).toBe(90 * MIN);
    session.stop();
  });
});
