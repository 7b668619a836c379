// Task-statement diagnosis, study plan, answer changes and calibration: known inputs, known numbers.
import { describe, expect, it } from 'vitest';
import { EXAMS } from '../../question-bank/exams.ts';
import { answerChanges, calibration, diagnose, labelFor, studyPlan, wilson, type Outcome } from '../../scoring/diagnosis.ts';

const ref = (n: number) => ({ title: `Page ${n}`, url: `https://docs.aws.amazon.com/p${n}.html` });
const o = (itemId: string, task: string, state: Outcome['state'], refs = [ref(1)]): Outcome => ({ itemId, task, state, references: refs });

describe('wilson', () => {
  it('gives the 90 % Wilson score interval', () => {
    // 7 of 10: centre (0.7 + z²/20) / (1 + z²/10) = 0.6574, half-width 0.2157 (z = 1.6449).
    const { low, high } = wilson(7, 10);
    expect(low).toBeCloseTo(0.4417, 3);
    expect(high).toBeCloseTo(0.8731, 3);
    // 0 of 5 and 5 of 5 stay inside [0, 1] and are not degenerate.
    expect(wilson(0, 5).low).toBe(0);
    expect(wilson(0, 5).high).toBeCloseTo(0.3511, 3);
    expect(wilson(5, 5).high).toBe(1);
    expect(wilson(5, 5).low).toBeCloseTo(0.6489, 3);
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('labels weak only when the whole range lies below what passing needs, strong only when above', () => {
    expect(labelFor(0.2, 0.59, 0.6)).toBe('weak');
    expect(labelFor(0.61, 0.9, 0.6)).toBe('strong');
    expect(labelFor(0.4, 0.8, 0.6)).toBe('not enough data');
    expect(labelFor(0.4, 0.6, 0.6)).toBe('not enough data'); // touching the line is not below it
  });
});

describe('diagnose and studyPlan', () => {
  const exam = EXAMS['MLA-C02'];
  // Task 1.1: 1 of 8 right (weak at 0.6); 2.2: 9 of 9 right (strong); 3.1: 2 of 4 (undecided); 4.3: unseen.
  const outcomes: Outcome[] = [
    ...Array.from({ length: 8 }, (_, i) => o(`a${i}`, '1.1', i === 0 ? 'right' : i % 2 ? 'wrong' : 'unanswered', i < 3 ? [ref(1), ref(2)] : [ref(2)])),
    ...Array.from({ length: 9 }, (_, i) => o(`b${i}`, '2.2', 'right')),
    o('c1', '3.1', 'right'), o('c2', '3.1', 'right'), o('c3', '3.1', 'wrong', [ref(3)]), o('c4', '3.1', 'wrong', [ref(3), ref(4)]),
  ];
  const d = diagnose(exam, outcomes, 0.6);

  it('covers every task statement of the guide, in order, with counts, ranges and labels', () => {
    expect(d.map((x) => x.task)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '4.1', '4.2', '4.3']);
    const t = Object.fromEntries(d.map((x) => [x.task, x]));
    expect(t['1.1']).toMatchObject({ correct: 1, seen: 8, label: 'weak', title: 'Collect and store data' });
    expect(t['2.2']).toMatchObject({ correct: 9, seen: 9, label: 'strong' });
    expect(t['3.1']).toMatchObject({ correct: 2, seen: 4, label: 'not enough data' });
    expect(t['4.3']).toMatchObject({ correct: 0, seen: 0, label: 'not enough data', low: 0, high: 1 });
  });

  it('lists the pages the missed questions cite, each once, the most cited first', () => {
    const t = d.find((x) => x.task === '1.1')!;
    // Missed a1..a7: a1, a2 cite pages 1 and 2; a3..a7 cite page 2 only.
    expect(t.pages).toEqual([{ ...ref(2), count: 7 }, { ...ref(1), count: 2 }]);
    expect(t.missed).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']);
  });

  it('puts the weakest first and leaves out task statements with nothing missed', () => {
    expect(studyPlan(d).map((x) => x.task)).toEqual(['1.1', '3.1']);
  });
});

describe('answerChanges', () => {
  it('compares each question\'s first answer with its last, from the log', () => {
    const right = new Set(['R']);
    const log = [
      { kind: 'answer', itemId: 'q1', response: 'W' }, { kind: 'visit', itemId: 'q2' }, { kind: 'answer', itemId: 'q1', response: 'R' }, // wrong → right
      { kind: 'answer', itemId: 'q2', response: 'R' }, { kind: 'answer', itemId: 'q2', response: 'W' }, // right → wrong
      { kind: 'answer', itemId: 'q3', response: 'W' }, { kind: 'answer', itemId: 'q3', response: 'X' }, // wrong → wrong
      { kind: 'answer', itemId: 'q4', response: 'R' }, { kind: 'answer', itemId: 'q4', response: null }, { kind: 'answer', itemId: 'q4', response: 'R' }, // unchanged
      { kind: 'answer', itemId: 'q5', response: 'W' }, // answered once
    ];
    expect(answerChanges(log, (_id, r) => right.has(r as string))).toEqual({ wrongToRight: ['q1'], rightToWrong: ['q2'], wrongToWrong: ['q3'] });
  });
});

describe('calibration', () => {
  it('counts accuracy by the confidence given, leaving unmarked questions out', () => {
    const states = new Map([['a', 'right'], ['b', 'wrong'], ['c', 'right'], ['d', 'wrong'], ['e', 'right']] as const);
    expect(calibration({ a: 'sure', b: 'sure', c: 'guess', d: 'unsure' }, states)).toEqual({
      sure: { right: 1, total: 2 },
      unsure: { right: 0, total: 1 },
      guess: { right: 1, total: 1 },
    });
  });
});
