// Missed-question scheduling through the public API, with an injected clock.
import { describe, expect, it } from 'vitest';
import { dueCards, recordOutcomes, type StudyCard } from '../../src/core/missed.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 8);

function apply(cards: Map<string, StudyCard>, itemId: string, right: boolean, now: number) {
  for (const c of recordOutcomes(cards, [{ itemId, exam: 'MLA-C01', right }], now)) cards.set(c.itemId, c);
}

describe('missed questions', () => {
  it('schedules only items that were missed', () => {
    const cards = recordOutcomes(new Map(), [
      { itemId: 'a', exam: 'MLA-C01', right: false },
      { itemId: 'b', exam: 'MLA-C01', right: true },
    ], T0);
    expect(cards.map((c) => c.itemId)).toEqual(['a']);
  });

  it('brings a missed item back soon, and pushes it further out each time it is answered right', () => {
    const cards = new Map<string, StudyCard>();
    apply(cards, 'a', false, T0);
    expect(dueCards([...cards.values()], 'MLA-C01', T0 + DAY).map((c) => c.itemId)).toEqual(['a']);
    const gaps: number[] = [];
    let now = T0 + DAY;
    for (let i = 0; i < 4; i++) {
      apply(cards, 'a', true, now);
      const due = cards.get('a')!.due;
      gaps.push(due - now);
      now = due;
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!);
    expect(gaps.at(-1)!).toBeGreaterThan(7 * DAY);
  });

  it('brings an item back sooner after another miss than after a right answer', () => {
    const right = new Map<string, StudyCard>();
    const wrong = new Map<string, StudyCard>();
    for (const m of [right, wrong]) apply(m, 'a', false, T0);
    apply(right, 'a', true, T0 + DAY);
    apply(wrong, 'a', false, T0 + DAY);
    expect(wrong.get('a')!.due).toBeLessThan(right.get('a')!.due);
  });

  it('lists due cards of one exam, most overdue first', () => {
    const cards: StudyCard[] = [
      { itemId: 'x', exam: 'MLA-C01', due: T0 + 2 * DAY } as StudyCard,
      { itemId: 'y', exam: 'MLA-C01', due: T0 } as StudyCard,
      { itemId: 'z', exam: 'AIF-C01', due: T0 } as StudyCard,
      { itemId: 'w', exam: 'MLA-C01', due: T0 + 9 * DAY } as StudyCard,
    ];
    expect(dueCards(cards, 'MLA-C01', T0 + 3 * DAY).map((c) => c.itemId)).toEqual(['y', 'x']);
  });
});

describe('missed questions after a bank update', () => {
  it('drops the cards of questions no longer in the bank instead of keeping them due forever', async () => {
    const { MemoryRepository } = await import('../../src/storage/repository.ts');
    const { newPractice } = await import('../../src/ui/operations.ts');
    const { loadBank } = await import('../../src/exam/bank.ts');
    const real = (await loadBank('AIF-C01')).questions[0]!.id;
    const repo = new MemoryRepository();
    const due = recordOutcomes(new Map(), [
      { itemId: real, exam: 'AIF-C01', right: false },
      { itemId: 'aif-9.9-999', exam: 'AIF-C01', right: false },
    ], 0);
    await repo.saveCards(due);
    const practice = await newPractice(repo, { exam: 'AIF-C01', source: 'missed', domains: [1, 2, 3, 4, 5], count: 10 });
    expect(practice!.form.questions.map((q) => q.itemId)).toEqual([real]);
    expect((await repo.cards()).map((c) => c.itemId)).toEqual([real]);
  });
});
