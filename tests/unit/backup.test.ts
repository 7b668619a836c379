import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { EXAMS } from '../../question-bank/exams.ts';
import { buildForm } from '../../src/core/form.ts';
import { recordOutcomes } from '../../src/core/missed.ts';
import { newAttempt, type Attempt } from '../../src/exam/attempt.ts';
import { makeBackup, parseBackup } from '../../src/storage/backup.ts';
import { DexieRepository, SimulatorDb } from '../../src/storage/dexie.ts';
import { makeBank } from '../fixtures/bank.ts';

const form = buildForm(makeBank('MLA-C01', 20, 1), EXAMS['MLA-C01'], 9);
const finished = (id: string, t: number): Attempt => ({
  ...newAttempt({ id, form, mode: 'exam', now: t, minutes: 130, accommodationMinutes: 30, accommodation: false }),
  status: 'finished',
  finishedAt: t + 3600_000,
  responses: { [form.questions[0]!.itemId]: { type: 'multiple-choice', choice: 'b' } },
});
const cards = recordOutcomes(new Map(), [{ itemId: 'mla-x', exam: 'MLA-C01', right: false }], 1000);

async function freshRepo() {
  const db = new SimulatorDb(`b-${Math.random()}`);
  await db.open();
  return new DexieRepository(db);
}

describe('backup', () => {
  it('round-trips export → clear → import, and importing twice adds nothing twice', async () => {
    const repo = await freshRepo();
    await repo.save(finished('a1', 1000));
    await repo.save(finished('a2', 2000));
    await repo.saveCards(cards);
    const text = JSON.stringify(makeBackup(await repo.list(), await repo.cards(), 5000));
    const before = await repo.list();
    await repo.clear();
    expect(await repo.list()).toEqual([]);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await repo.importBackup(parsed.backup)).toEqual({ attemptsAdded: 2, attemptsSkipped: 0, cardsAdded: 1 });
    expect(await repo.list()).toEqual(before);
    expect(await repo.importBackup(parsed.backup)).toEqual({ attemptsAdded: 0, attemptsSkipped: 2, cardsAdded: 0 });
    expect(await repo.list()).toHaveLength(2);
  });

  it('refuses foreign, newer, damaged and non-JSON files with a reason, and the store does not change', async () => {
    const repo = await freshRepo();
    await repo.save(finished('keep', 1000));
    const good = makeBackup([finished('new', 3000)], [], 5000);
    const cases: [string, RegExp][] = [
      ['not json at all', /not valid JSON/],
      [JSON.stringify({ hello: 'world' }), /not a backup from this simulator/],
      [JSON.stringify({ ...good, version: 2 }), /newer version of the simulator \(format version 2\)/],
      [JSON.stringify({ ...good, attempts: [{ ...good.attempts[0], form: { exam: 'XYZ' } }] }), /damaged \(attempts\[0\]\.form/],
    ];
    for (const [text, reason] of cases) {
      const r = parseBackup(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(reason);
      expect(r.ok ? '' : r.error).toMatch(/Nothing was imported/);
    }
    expect((await repo.list()).map((a) => a.id)).toEqual(['keep']);
  });
});

describe('database schema upgrade', () => {
  it('keeps attempts written by schema version 1 and gives them the fields later versions added', async () => {
    const name = `u-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ attempts: 'id, exam, status, startedAt' });
    const old = finished('from-v1', 1000) as Partial<Attempt>;
    delete old.checked;
    await v1.table('attempts').put(old);
    v1.close();

    const db = new SimulatorDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    const raw = await db.attempts.get('from-v1');
    expect(raw?.checked).toEqual([]);
    const repo = new DexieRepository(db);
    expect((await repo.list()).map((a) => a.id)).toEqual(['from-v1']);
    expect(await repo.cards()).toEqual([]);
    expect(await repo.grades()).toEqual([]);
  });
});
