import { describe, expect, it } from 'vitest';
import { EXAMS } from '../../question-bank/exams.ts';
import { buildForm } from '../../src/core/form.ts';
import { newAttempt, type Attempt } from '../../src/exam/attempt.ts';
import { DexieRepository, openRepository, SimulatorDb } from '../../src/storage/dexie.ts';
import { describeStorageError, MemoryRepository } from '../../src/storage/repository.ts';
import { SaveQueue } from '../../src/storage/save-queue.ts';
import { makeBank } from '../fixtures/bank.ts';

const form = buildForm(makeBank('AIF-C01', 20, 1), EXAMS['AIF-C01'], 5);
const attempt = (id: string, startedAt: number, status: Attempt['status'] = 'running'): Attempt => ({
  ...newAttempt({ id, form, mode: 'exam', now: startedAt, minutes: 90, accommodationMinutes: 30, accommodation: false }),
  status,
});

describe('IndexedDB repository', () => {
  it('stores attempts and finds the running one; newest first', async () => {
    const repo = (await openRepository(`t-${Math.random()}`)) as DexieRepository;
    expect(repo.persistent).toBe(true);
    await repo.save(attempt('old', 1000, 'finished'));
    await repo.save(attempt('run', 2000));
    await repo.save(attempt('new', 3000, 'finished'));
    expect((await repo.running())?.id).toBe('run');
    expect((await repo.list()).map((a) => a.id)).toEqual(['new', 'run', 'old']);
    await repo.delete('run');
    expect(await repo.running()).toBeUndefined();
  });

  it('skips a corrupt stored record instead of failing, and keeps it', async () => {
    const name = `t-${Math.random()}`;
    const db = new SimulatorDb(name);
    await db.attempts.put({ id: 'bad', startedAt: 5, status: 'running' } as unknown as Attempt);
    const repo = new DexieRepository(db);
    await repo.save(attempt('good', 1));
    expect((await repo.list()).map((a) => a.id)).toEqual(['good']);
    expect(await db.attempts.count()).toBe(2);
  });

  it('falls back to memory, saying why, when IndexedDB cannot be opened', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulating a browser with storage blocked
    delete globalThis.indexedDB;
    try {
      const repo = await openRepository();
      expect(repo.persistent).toBe(false);
      expect(repo.problem).toMatch(/will not survive a reload/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('falls back to memory, saying why, when IndexedDB never answers, instead of loading forever', async () => {
    const open = indexedDB.open;
    // An open request whose events never fire (a wedged storage backend).
    indexedDB.open = () => ({}) as IDBOpenDBRequest;
    try {
      const started = Date.now();
      const repo = await openRepository(`t-${Math.random()}`, 100);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(repo.persistent).toBe(false);
      expect(repo.problem).toMatch(/did not answer within 0.1 seconds.*will not survive a reload/);
    } finally {
      indexedDB.open = open;
    }
  });

  it('explains a full disk in words a candidate understands', () => {
    expect(describeStorageError({ name: 'QuotaExceededError' })).toMatch(/storage is full.*everything saved before stays readable/);
  });
});

describe('taking a running attempt over (claim)', () => {
  for (const [name, make] of [
    ['IndexedDB', async () => (await openRepository(`c-${Math.random()}`)) as DexieRepository],
    ['memory', async () => new MemoryRepository()],
  ] as const) {
    it(`${name}: reads what is stored and marks the new writer in one step; the old writer's late write is refused`, async () => {
      const repo = await make();
      const a = { ...attempt('run', 1000), writer: 'tab-a', rev: 4 };
      await repo.save(a, { claim: true }); // tab A opened it
      // Tab A's last write before the take-over lands; tab B then claims.
      const answered = { ...a, rev: 5, responses: { [form.questions[0]!.itemId]: { type: 'multiple-choice' as const, choice: 'a' } } };
      await repo.save(answered);
      const claimed = await repo.claim('run', 'tab-b');
      expect(claimed).toMatchObject({ writer: 'tab-b', rev: 6 });
      expect(claimed!.responses).toEqual(answered.responses); // nothing A stored is lost
      // A write still in flight from tab A, even with a newer revision, is refused.
      await expect(repo.save({ ...answered, rev: 9 })).rejects.toMatchObject({ name: 'StaleWriteError' });
      await repo.save({ ...claimed!, rev: 7, flags: ['x'] });
      expect((await repo.get('run'))!.flags).toEqual(['x']);
      // A finished attempt is returned as it is, and not marked.
      await repo.save(attempt('done', 500, 'finished'));
      expect(await repo.claim('done', 'tab-b')).toMatchObject({ status: 'finished', rev: 0 });
      expect(await repo.claim('missing', 'tab-b')).toBeUndefined();
    });
  }
});

describe('save queue', () => {
  it('writes in order, coalescing a burst to the latest state, and reports failures', async () => {
    const writes: string[] = [];
    const results: (string | undefined)[] = [];
    const repo = new MemoryRepository();
    const slow = { ...repo, persistent: false, save: async (a: Attempt) => { await new Promise((r) => setTimeout(r, 5)); if (a.id === 'fail') throw { name: 'QuotaExceededError' }; writes.push(`${a.id}:${a.current}`); } } as unknown as MemoryRepository;
    const q = new SaveQueue(slow, (e) => results.push(e ? (e as { name: string }).name : undefined));
    for (let i = 0; i < 5; i++) q.save({ ...attempt('a', 1), current: i });
    await q.flushed();
    expect(writes).toEqual(['a:0', 'a:4']);
    q.save(attempt('fail', 1));
    await q.flushed();
    expect(results.at(-1)).toBe('QuotaExceededError');
  });
});

describe('grade cache', () => {
  it('stores grades, lists finished attempts, and drops a grade with its attempt', async () => {
    const repo = (await openRepository(`g-${Math.random()}`)) as DexieRepository;
    await repo.save(attempt('f1', 1000, 'finished'));
    const row = { attemptId: 'f1', exam: 'AIF-C01' as const, mode: 'exam' as const, startedAt: 1000, finishedAt: 2000, bankVersion: 'v1', scaled: 500, passed: false, raw: 20, cut: 30, scoredCount: 50, correct: 25, total: 65, domains: [] };
    await repo.saveGrades([row]);
    expect(await repo.finishedIds()).toEqual(['f1']);
    expect((await repo.getMany(['f1', 'nope'])).map((a) => a.id)).toEqual(['f1']);
    await repo.delete('f1');
    expect(await repo.grades()).toEqual([]);
  });
});
