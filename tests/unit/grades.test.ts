// History and trends read cached grades, recomputed from the responses whenever the bank has changed.
import { describe, expect, it } from 'vitest';
import versions from 'virtual:bank-versions';
import { EXAMS } from '../../question-bank/exams.ts';
import { buildForm } from '../../src/core/form.ts';
import { newAttempt, type Attempt } from '../../src/exam/attempt.ts';
import { loadBank } from '../../src/exam/bank.ts';
import { openRepository } from '../../src/storage/dexie.ts';
import { gradedAttempts } from '../../src/ui/operations.ts';

describe('graded attempts', () => {
  it('recomputes a grade cached under an older bank version, and serves a current one from the cache', async () => {
    const bank = await loadBank('AIF-C01');
    const form = buildForm(bank.questions, EXAMS['AIF-C01'], 3);
    const a: Attempt = {
      ...newAttempt({ id: 'g1', form, mode: 'exam', now: 1000, minutes: 90, accommodationMinutes: 30, accommodation: false }),
      status: 'finished',
      finishedAt: 2000,
    };
    const repo = await openRepository(`gr-${Math.random()}`);
    await repo.save(a);
    const stale = { attemptId: 'g1', exam: 'AIF-C01' as const, mode: 'exam' as const, startedAt: 1000, finishedAt: 2000, bankVersion: 'old-bank', scaled: 999, passed: true, raw: 50, cut: 30, scoredCount: 50, correct: 65, total: 65, domains: [] };
    await repo.saveGrades([stale]);
    const [row] = await gradedAttempts(repo);
    expect(row).toMatchObject({ attemptId: 'g1', bankVersion: versions['AIF-C01'], scaled: 100, passed: false, correct: 0 });
    expect((await repo.grades())[0]!.bankVersion).toBe(versions['AIF-C01']);

    // A current cached row is used as it is (the attempt itself is not read again).
    await repo.saveGrades([{ ...row!, scaled: 123 }]);
    expect((await gradedAttempts(repo))[0]!.scaled).toBe(123);
  });
});
