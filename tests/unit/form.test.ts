import { describe, expect, it } from 'vitest';
import { EXAMS } from '../../question-bank/exams.ts';
import { buildForm, domainQuotas, FormShortfallError, largestRemainder } from '../../src/core/form.ts';
import { makeBank } from '../fixtures/bank.ts';

const mla = EXAMS['MLA-C01'];
const aif = EXAMS['AIF-C01'];

function countBy<T>(xs: readonly T[], key: (x: T) => number | string) {
  const m: Record<string, number> = {};
  for (const x of xs) m[key(x)] = (m[key(x)] ?? 0) + 1;
  return m;
}

describe('domain quotas', () => {
  it('splits 50 scored questions by the largest remainder of the weights', () => {
    expect(domainQuotas(mla).scored).toEqual([14, 13, 11, 12]);
    expect(domainQuotas(aif).scored).toEqual([10, 12, 14, 7, 7]);
    expect(largestRemainder([1, 1, 1], 10)).toEqual([4, 3, 3]);
  });

  it('hands the unscored leftovers to the largest remainders, ties to the earlier domain', () => {
    // MLA-C01: 15 × (0.28, 0.26, 0.22, 0.24) = 4.2, 3.9, 3.3, 3.6 → floors 4, 3, 3, 3; leftovers to 3.9 and 3.6.
    expect(domainQuotas(mla).unscored).toEqual([4, 4, 3, 4]);
    // MLA-C02: 4.2, 3.6, 3.6, 3.6 → two leftovers for three equal remainders: domains 2 and 3 get them.
    expect(domainQuotas(EXAMS['MLA-C02']).unscored).toEqual([4, 4, 4, 3]);
    expect(domainQuotas(EXAMS['MLA-C02']).scored).toEqual([14, 12, 12, 12]);
  });
});

describe('unscored questions', () => {
  it('are drawn at random within each domain, so case-study questions are unscored about as often as any other', () => {
    const bank = makeBank('MLA-C01', 30, 3);
    let cs = 0;
    let csUnscored = 0;
    for (let seed = 1; seed <= 300; seed++) {
      for (const q of buildForm(bank, mla, seed).questions) {
        if (!q.caseStudyId) continue;
        cs++;
        if (!q.scored) csUnscored++;
      }
    }
    // 15 of 65 are unscored: about 23 %. Taking them in form order would make case-study questions unscored far more.
    expect(csUnscored / cs).toBeGreaterThan(0.15);
    expect(csUnscored / cs).toBeLessThan(0.32);
  });
});

describe('buildForm', () => {
  const bank = makeBank('MLA-C01', 30, 3);

  it('has 65 questions, 50 scored in the domain weights and 15 unscored', () => {
    const form = buildForm(bank, mla, 42);
    expect(form.questions).toHaveLength(65);
    const scored = form.questions.filter((q) => q.scored);
    expect(scored).toHaveLength(50);
    expect(countBy(scored, (q) => q.domain)).toEqual({ 1: 14, 2: 13, 3: 11, 4: 12 });
    expect(new Set(form.questions.map((q) => q.itemId)).size).toBe(65);
  });

  it('follows the AIF-C01 weights too', () => {
    const form = buildForm(makeBank('AIF-C01', 25, 1), aif, 7);
    expect(countBy(form.questions.filter((q) => q.scored), (q) => q.domain)).toEqual({ 1: 10, 2: 12, 3: 14, 4: 7, 5: 7 });
  });

  it('gives the same form for the same seed and a different one for another seed', () => {
    expect(buildForm(bank, mla, 1234)).toEqual(buildForm(bank, mla, 1234));
    const a = buildForm(bank, mla, 1).questions.map((q) => q.itemId);
    const b = buildForm(bank, mla, 2).questions.map((q) => q.itemId);
    expect(a).not.toEqual(b);
  });

  it('holds exactly one case study, all its questions together and in their order', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const form = buildForm(bank, mla, seed);
      const ids = form.questions.map((q) => q.itemId);
      const cases = [...new Set(form.questions.filter((q) => q.caseStudyId).map((q) => q.caseStudyId!))];
      expect(cases).toHaveLength(1);
      const cs = cases[0]!;
      seen.add(cs);
      const at = ids.indexOf(`${cs}-1`);
      expect(ids.slice(at, at + 3)).toEqual([`${cs}-1`, `${cs}-2`, `${cs}-3`]);
      expect(ids.filter((id) => id.startsWith(`${cs}-`))).toHaveLength(3);
    }
    expect(seen.size).toBe(3); // each case study gets its turn
  });

  it('uses only the question types its exam guide lists: no case study on an AIF-C01 form', () => {
    expect(aif.guide.questionTypes).not.toContain('case-study');
    const aifBank = makeBank('AIF-C01', 25, 3);
    for (let seed = 0; seed < 20; seed++) {
      const form = buildForm(aifBank, aif, seed);
      expect(form.questions).toHaveLength(65);
      expect(form.questions.some((q) => q.caseStudyId)).toBe(false);
    }
  });

  it('never puts two declared enemies on one form', () => {
    // Domain 1's 40 standalone questions come in 20 enemy pairs: a form may hold one of each pair.
    const d1 = makeBank('MLA-C01', 40, 3).filter((q) => q.domain === 1 && !q.caseStudy);
    const enemyOf = new Map(d1.filter((_, i) => i % 2 === 1).map((q, i) => [q.id, d1[2 * i]!.id]));
    const withEnemies = makeBank('MLA-C01', 40, 3).map((q) => (enemyOf.has(q.id) ? { ...q, enemies: [enemyOf.get(q.id)!] } : q));
    for (let seed = 0; seed < 30; seed++) {
      const ids = new Set(buildForm(withEnemies, mla, seed).questions.map((q) => q.itemId));
      for (const [id, enemy] of enemyOf) expect(ids.has(id) && ids.has(enemy), `${id} with ${enemy}`).toBe(false);
    }
  });

  it('always includes an ordering, a matching and a case study when the bank has them', () => {
    const byId = new Map(bank.map((q) => [q.id, q]));
    for (let seed = 0; seed < 30; seed++) {
      const qs = buildForm(bank, mla, seed).questions.map((q) => byId.get(q.itemId)!);
      expect(qs.some((q) => q.type === 'ordering' && !q.caseStudy)).toBe(true);
      expect(qs.some((q) => q.type === 'matching')).toBe(true);
      expect(qs.some((q) => q.caseStudy)).toBe(true);
    }
  });

  it('uses recently seen items last', () => {
    // 40 standalone questions per domain and 3 case studies: after one form, every domain still has enough unseen.
    const big = makeBank('MLA-C01', 40, 3);
    const first = buildForm(big, mla, 5);
    const seen = first.questions.map((q) => q.itemId);
    const second = buildForm(big, mla, 6, seen);
    expect(second.questions.filter((q) => seen.includes(q.itemId))).toEqual([]);
  });

  it('shuffles the display order of options, as a permutation of the item ids', () => {
    const form = buildForm(bank, mla, 99);
    const byId = new Map(bank.map((q) => [q.id, q]));
    let moved = 0;
    for (const fq of form.questions) {
      const q = byId.get(fq.itemId)!;
      const ids = q.type === 'ordering' ? q.steps.map((s) => s.id) : q.type === 'matching' ? q.responses.map((r) => r.id) : q.options.map((o) => o.id);
      expect([...fq.order].sort()).toEqual([...ids].sort());
      if (fq.order.join() !== ids.join()) moved++;
    }
    expect(moved).toBeGreaterThan(30);
  });

  it('names the domain and how many are missing when the bank is too small', () => {
    const small = makeBank('MLA-C01', 30, 0).filter((q) => q.domain !== 3 || Number(q.id.slice(-3)) < 10);
    expect(() => buildForm(small, mla, 1)).toThrow(FormShortfallError);
    expect(() => buildForm(small, mla, 1)).toThrow(/domain 3 \(Deployment and Orchestration of ML Workflows\) needs 14 questions but the bank has 10: 4 missing/);
  });
});

describe('buildPracticeForm', () => {
  const bank = makeBank('MLA-C01', 30, 3);
  it('draws the chosen number of questions from the chosen domains only, all counted', async () => {
    const { buildPracticeForm } = await import('../../src/core/form.ts');
    const form = buildPracticeForm(bank, mla, 4, { count: 12, domains: [2, 4] });
    expect(form.questions.length).toBeLessThanOrEqual(12);
    expect(form.questions.length).toBeGreaterThanOrEqual(10);
    expect(form.questions.every((q) => q.scored && (q.domain === 2 || q.domain === 4))).toBe(true);
  });
  it('uses exactly the listed items, in order, for a missed-questions session', async () => {
    const { buildPracticeForm } = await import('../../src/core/form.ts');
    const ids = [bank[40]!.id, bank[3]!.id, 'no-such-item', bank[7]!.id];
    const form = buildPracticeForm(bank, mla, 4, { count: 2, itemIds: ids });
    expect(form.questions.map((q) => q.itemId)).toEqual([bank[40]!.id, bank[3]!.id]);
  });
});
