// One walkthrough per question type: build, answer right, answer wrong, leave blank, grade, regrade after a key fix.
import { describe, expect, it } from 'vitest';
import { completenessOf, correctResponseOf, gradeQuestion, questionSchema, responseFits, type Question, type Response } from '../../question-bank/schema.ts';
import { matching, multipleChoice, multipleResponse, ordering } from '../fixtures/bank.ts';

describe('multiple choice', () => {
  const q = multipleChoice('mla-1.1-001', 1, '1.1');
  it('is right only with the keyed option, wrong otherwise, unanswered when blank', () => {
    expect(gradeQuestion(q, { type: 'multiple-choice', choice: 'b' })).toEqual({ fraction: 1, state: 'right' });
    expect(gradeQuestion(q, { type: 'multiple-choice', choice: 'a' })).toEqual({ fraction: 0, state: 'wrong' });
    expect(gradeQuestion(q, undefined)).toEqual({ fraction: 0, state: 'unanswered' });
    expect(completenessOf(q, { type: 'multiple-choice', choice: 'c' })).toBe('answered');
    expect(correctResponseOf(q)).toEqual({ type: 'multiple-choice', choice: 'b' });
  });
  it('regrades a stored response when the key is fixed', () => {
    const response = { type: 'multiple-choice', choice: 'a' } as const;
    expect(gradeQuestion(q, response).state).toBe('wrong');
    const fixed = questionSchema.parse({ ...q, options: (q as Extract<Question, { type: 'multiple-choice' }>).options.map((o) => ({ ...o, correct: o.id === 'a' })) });
    expect(gradeQuestion(fixed, response).state).toBe('right');
  });
  it('counts a response of another type as wrong', () => {
    expect(gradeQuestion(q, { type: 'ordering', sequence: ['x'] }).state).toBe('wrong');
  });
});

describe('multiple response', () => {
  const q = multipleResponse('mla-1.1-002', 1, '1.1');
  it('needs exactly the keyed set, in any order', () => {
    expect(gradeQuestion(q, { type: 'multiple-response', choices: ['d', 'a'] }).state).toBe('right');
    expect(gradeQuestion(q, { type: 'multiple-response', choices: ['a'] }).state).toBe('wrong');
    expect(gradeQuestion(q, { type: 'multiple-response', choices: ['a', 'd', 'e'] }).state).toBe('wrong');
    expect(gradeQuestion(q, { type: 'multiple-response', choices: ['a', 'e'] }).state).toBe('wrong');
    expect(gradeQuestion(q, { type: 'multiple-response', choices: [] }).state).toBe('unanswered');
  });
  it('is incomplete until the stated number is selected', () => {
    expect(completenessOf(q, { type: 'multiple-response', choices: ['a'] })).toBe('incomplete');
    expect(completenessOf(q, { type: 'multiple-response', choices: ['a', 'b'] })).toBe('answered');
  });
});

describe('ordering', () => {
  const q = ordering('mla-3.3-001', 3, '3.3');
  it('needs the exact sequence', () => {
    expect(gradeQuestion(q, { type: 'ordering', sequence: ['s3', 's1', 's2'] }).state).toBe('right');
    expect(gradeQuestion(q, { type: 'ordering', sequence: ['s1', 's3', 's2'] }).state).toBe('wrong');
    expect(gradeQuestion(q, { type: 'ordering', sequence: ['s3', 's1', 's4'] }).state).toBe('wrong');
    expect(gradeQuestion(q, { type: 'ordering', sequence: ['s3', 's1'] }).state).toBe('wrong');
    expect(gradeQuestion(q, { type: 'ordering', sequence: [] }).state).toBe('unanswered');
    expect(completenessOf(q, { type: 'ordering', sequence: ['s3'] })).toBe('incomplete');
  });
});

describe('matching', () => {
  const q = matching('aif-1.2-001', 1, '1.2');
  it('needs every pair right', () => {
    expect(gradeQuestion(q, { type: 'matching', pairs: { p1: 'r2', p2: 'r1', p3: 'r3' } }).state).toBe('right');
    expect(gradeQuestion(q, { type: 'matching', pairs: { p1: 'r2', p2: 'r1', p3: 'r4' } }).state).toBe('wrong');
    expect(gradeQuestion(q, { type: 'matching', pairs: { p1: 'r2', p2: 'r1' } }).state).toBe('wrong');
    expect(gradeQuestion(q, { type: 'matching', pairs: {} }).state).toBe('unanswered');
    expect(completenessOf(q, { type: 'matching', pairs: { p1: 'r2' } })).toBe('incomplete');
    expect(correctResponseOf(q)).toEqual({ type: 'matching', pairs: { p1: 'r2', p2: 'r1', p3: 'r3' } });
  });
});

// Regression: ids spelled like Object.prototype members ("constructor", "toString") once reached the prototype and
// crashed the exam screen. The bank rejects such ids now; lookups by id must still never read a prototype.
describe('lookups by id never reach a prototype', async () => {
  const { ownValue, gradeQuestion, completenessOf } = await import('../../question-bank/schema.ts');
  const { timePerQuestion } = await import('../../src/exam/attempt.ts');
  it('reads an id named like a prototype member as absent', () => {
    expect(ownValue({}, 'constructor')).toBeUndefined();
    expect(ownValue({ constructor: 'r1' }, 'constructor')).toBe('r1');
    const item = {
      id: 'x', type: 'matching', domain: 1, task: '1.1', angoff: 0.5, stem: 's', references: [], reuse: 'once',
      prompts: [{ id: 'constructor', text: 'p', answer: 'r1', rationale: 'r' }, { id: 'toString', text: 'q', answer: 'r2', rationale: 'r' }],
      responses: [{ id: 'r1', text: 'R1' }, { id: 'r2', text: 'R2' }],
    } as const;
    const q = item as unknown as Parameters<typeof gradeQuestion>[0];
    expect(completenessOf(q, { type: 'matching', pairs: {} })).toBe('unanswered');
    expect(gradeQuestion(q, { type: 'matching', pairs: { constructor: 'r1' } }).state).toBe('wrong');
    expect(gradeQuestion(q, { type: 'matching', pairs: { constructor: 'r1', toString: 'r2' } }).state).toBe('right');
    const t = timePerQuestion({ log: [{ kind: 'visit', at: 0, itemId: 'constructor' }], finishedAt: 5000 } as never);
    expect(t.get('constructor')).toBe(5);
  });
});

describe('an answer to a question that changed in the bank', () => {
  it('counts as unanswered when it names an option, step, prompt or response the question no longer has', () => {
    const mc = multipleChoice('mla-1.1-001', 1, '1.1');
    const mr = multipleResponse('mla-1.1-002', 1, '1.1');
    const ord = ordering('mla-1.1-003', 1, '1.1');
    const mat = matching('mla-1.1-004', 1, '1.1');
    const stale: [Question, Response][] = [
      [mc, { type: 'multiple-choice', choice: 'z' }],
      [mr, { type: 'multiple-response', choices: ['a', 'zz'] }],
      [ord, { type: 'ordering', sequence: ['s1', 's9'] }],
      [mat, { type: 'matching', pairs: { p1: 'r9' } }],
      [mat, { type: 'matching', pairs: { p9: 'r1' } }],
    ];
    for (const [q, r] of stale) {
      expect(responseFits(q, r), JSON.stringify(r)).toBe(false);
      expect(completenessOf(q, r), JSON.stringify(r)).toBe('unanswered');
    }
    for (const q of [mc, mr, ord, mat]) {
      expect(responseFits(q, correctResponseOf(q))).toBe(true);
      expect(completenessOf(q, correctResponseOf(q))).toBe('answered');
    }
    expect(responseFits(mc, undefined)).toBe(true);
  });
});
