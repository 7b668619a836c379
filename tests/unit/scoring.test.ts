import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXAMS } from '../../question-bank/exams.ts';
import { correctResponseOf, type Response } from '../../question-bank/schema.ts';
import { buildForm } from '../../src/core/form.ts';
import { scaledScore, scoreAttempt } from '../../scoring/index.ts';
import { makeBank } from '../fixtures/bank.ts';

const mla = EXAMS['MLA-C01'];
const bank = makeBank('MLA-C01', 30, 2);
const byId = new Map(bank.map((q) => [q.id, q]));
const lookup = (id: string) => byId.get(id);
const form = buildForm(bank, mla, 3);
const wrongResponse = (id: string): Response => {
  const q = byId.get(id)!;
  switch (q.type) {
    case 'multiple-choice': return { type: q.type, choice: q.options.find((o) => !o.correct)!.id };
    case 'multiple-response': return { type: q.type, choices: q.options.filter((o) => !o.correct).slice(0, q.select).map((o) => o.id) };
    case 'ordering': return { type: q.type, sequence: [...q.answer].reverse() };
    case 'matching': return { type: q.type, pairs: Object.fromEntries(q.prompts.map((p) => [p.id, 'r4'])) };
  }
};
const answers = (rightIds: Set<string>) =>
  Object.fromEntries(form.questions.map((fq) => [fq.itemId, rightIds.has(fq.itemId) ? correctResponseOf(byId.get(fq.itemId)!) : wrongResponse(fq.itemId)]));
const scoredIds = form.questions.filter((q) => q.scored).map((q) => q.itemId);
const unscoredIds = form.questions.filter((q) => !q.scored).map((q) => q.itemId);

describe('scaled score boundaries', () => {
  it('maps all wrong to 100 and all right to 1000', () => {
    expect(scoreAttempt(mla, form, lookup, answers(new Set())).scaled).toBe(100);
    const all = scoreAttempt(mla, form, lookup, answers(new Set(form.questions.map((q) => q.itemId))));
    expect(all.scaled).toBe(1000);
    expect(all.passed).toBe(true);
    expect(all.domains.every((d) => d.competency === 'Meets competencies' && d.percent === 100)).toBe(true);
  });

  it('maps raw = cut to exactly the passing score, and one below it fails', () => {
    expect(scaledScore(30, 30, 50, 720)).toBe(720);
    expect(scaledScore(29, 30, 50, 720)).toBeLessThan(720);
    expect(scaledScore(29.99, 30, 50, 720)).toBe(719);
    expect(scaledScore(31, 30.5, 50, 700)).toBeGreaterThanOrEqual(700);
  });

  it('leaves an unanswered exam at 100 with every question counted unanswered', () => {
    const r = scoreAttempt(mla, form, lookup, {});
    expect(r.scaled).toBe(100);
    expect(r.unanswered).toBe(65);
    expect(r.passed).toBe(false);
  });

  it('ignores the 15 unscored questions', () => {
    const onlyUnscored = scoreAttempt(mla, form, lookup, answers(new Set(unscoredIds)));
    expect(onlyUnscored.scaled).toBe(100);
    expect(onlyUnscored.raw).toBe(0);
    expect(onlyUnscored.unscored).toEqual({ correct: 15, total: 15 });
  });

  it('passes when the raw score reaches the form cut score (the sum of angoff)', () => {
    const r0 = scoreAttempt(mla, form, lookup, {});
    const need = Math.ceil(r0.cut);
    const pass = scoreAttempt(mla, form, lookup, answers(new Set(scoredIds.slice(0, need))));
    const fail = scoreAttempt(mla, form, lookup, answers(new Set(scoredIds.slice(0, need - 1))));
    expect(pass.passed).toBe(true);
    expect(fail.passed).toBe(false);
    expect(fail.scaled).toBeLessThan(720);
  });

  it('passes at exactly the passing score: a raw score equal to a whole-number cut score passes', () => {
    // Every question rated 0.6: the cut score is 50 × 0.6 = 30 exactly.
    const flat = (id: string) => ({ ...lookup(id)!, angoff: 0.6 });
    const r = scoreAttempt(mla, form, flat, answers(new Set(scoredIds.slice(0, 30))));
    expect(r.cut).toBeCloseTo(30, 10);
    expect(r.scaled).toBe(720);
    expect(r.passed).toBe(true);
    expect(scoreAttempt(mla, form, flat, answers(new Set(scoredIds.slice(0, 29)))).passed).toBe(false);
  });

  it('reports each domain against its own angoff sum', () => {
    const domain1 = new Set(form.questions.filter((q) => q.scored && q.domain === 1).map((q) => q.itemId));
    const r = scoreAttempt(mla, form, lookup, answers(domain1));
    const d1 = r.domains.find((d) => d.domain === 1)!;
    expect(d1).toMatchObject({ correct: 14, total: 14, percent: 100, competency: 'Meets competencies' });
    expect(r.domains.find((d) => d.domain === 2)!.competency).toBe('Needs improvement');
  });

  it('regrades from the current bank when a key is fixed', () => {
    const id = scoredIds[0]!;
    const responses = answers(new Set());
    const before = scoreAttempt(mla, form, lookup, responses).raw;
    const q = byId.get(id)!;
    const fixed = { ...q, ...keyFrom(responses[id]!, q) };
    const after = scoreAttempt(mla, form, (x) => (x === id ? fixed : lookup(x)), responses).raw;
    expect(after).toBe(before + 1);
  });
});

function keyFrom(r: Response, q: ReturnType<typeof lookup> & object) {
  switch (r.type) {
    case 'multiple-choice': return q.type === 'multiple-choice' ? { options: q.options.map((o) => ({ ...o, correct: o.id === r.choice })) } : {};
    case 'multiple-response': return q.type === 'multiple-response' ? { options: q.options.map((o) => ({ ...o, correct: r.choices.includes(o.id) })) } : {};
    case 'ordering': return { answer: r.sequence };
    case 'matching': return q.type === 'matching' ? { prompts: q.prompts.map((p) => ({ ...p, answer: r.pairs[p.id]! })) } : {};
  }
}

describe('scaled score properties', () => {
  const args = fc.record({
    n: fc.integer({ min: 1, max: 65 }),
    cutFraction: fc.double({ min: 0.05, max: 0.98, noNaN: true }),
    pass: fc.integer({ min: 200, max: 900 }),
    rawFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  it('stays within 100–1000', () => {
    fc.assert(fc.property(args, ({ n, cutFraction, pass, rawFraction }) => {
      const s = scaledScore(Math.round(rawFraction * n), cutFraction * n, n, pass);
      return s >= 100 && s <= 1000 && Number.isInteger(s);
    }));
  });
  it('never falls when one more answer is right, and passes exactly from the cut', () => {
    fc.assert(fc.property(args, ({ n, cutFraction, pass }) => {
      const cut = cutFraction * n;
      for (let r = 0; r < n; r++) {
        if (scaledScore(r + 1, cut, n, pass) < scaledScore(r, cut, n, pass)) return false;
        if ((scaledScore(r, cut, n, pass) >= pass) !== (r >= cut)) return false;
      }
      return true;
    }));
  });
  it('on a real form, one more right answer never lowers the score', () => {
    fc.assert(fc.property(fc.subarray(scoredIds), fc.constantFrom(...scoredIds), (right, extra) => {
      const a = scoreAttempt(mla, form, lookup, answers(new Set(right))).scaled;
      const b = scoreAttempt(mla, form, lookup, answers(new Set([...right, extra]))).scaled;
      return b >= a;
    }), { numRuns: 100 });
  });
});
