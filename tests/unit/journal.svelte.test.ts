// Never lose an answer: the write-ahead journal, revisioned compare-and-set writes, and take-over by another tab.
import { describe, expect, it } from 'vitest';
import { EXAMS } from '../../question-bank/exams.ts';
import { buildForm } from '../../src/core/form.ts';
import { newAttempt, type Attempt } from '../../src/exam/attempt.ts';
import { openRepository } from '../../src/storage/dexie.ts';
import { createJournal, newerFromJournal, replayJournal } from '../../src/storage/journal.ts';
import { MemoryRepository, StaleWriteError, type AttemptRepository } from '../../src/storage/repository.ts';
import { ExamSession } from '../../src/ui/session.svelte.ts';
import { makeBank } from '../fixtures/bank.ts';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const questions = makeBank('AIF-C01', 25, 0);
const bank = { questions, byId: new Map(questions.map((q) => [q.id, q])) };
const form = buildForm(questions, EXAMS['AIF-C01'], 3);
const fresh = (): Attempt => newAttempt({ id: 'j1', form, mode: 'exam', now: T0, minutes: 90, accommodationMinutes: 30, accommodation: false });
const choice = (c: string) => ({ type: 'multiple-choice' as const, choice: c });

/** A localStorage stand-in the test can read, fail, or share between two "tabs". */
function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    key: (i: number) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
    m,
  };
}

function session(repo: AttemptRepository, attempt: Attempt, writer: string, storage = memoryStorage(), onStale: (message: string) => void = () => {}) {
  const s = new ExamSession({ attempt, bank, repo, writer, journal: createJournal(storage), clock: () => T0 + 1000, monotonic: () => 0, onStale });
  s.stopClock();
  return { s, storage };
}

describe.each([
  ['memory', async () => new MemoryRepository() as AttemptRepository],
  ['IndexedDB', () => openRepository(`j-${Math.random()}`)],
])('compare-and-set writes (%s)', (_, open) => {
  it('refuses an older revision and a write by a tab that is not the writer, unless it claims the attempt', async () => {
    const repo = await open();
    await repo.save({ ...fresh(), rev: 5, writer: 'A' }, { claim: true });
    await expect(repo.save({ ...fresh(), rev: 4, writer: 'A' })).rejects.toBeInstanceOf(StaleWriteError);
    await expect(repo.save({ ...fresh(), rev: 9, writer: 'B' })).rejects.toMatchObject({ name: 'StaleWriteError' });
    await repo.save({ ...fresh(), rev: 6, writer: 'B' }, { claim: true });
    await expect(repo.save({ ...fresh(), rev: 7, writer: 'A' })).rejects.toMatchObject({ name: 'StaleWriteError' });
    await repo.save({ ...fresh(), rev: 6, writer: 'B', flags: ['x'] }); // the same writer may write its revision again
    expect(await repo.get('j1')).toMatchObject({ rev: 6, writer: 'B', flags: ['x'] });
  });
});

describe('write-ahead journal', () => {
  it('records each change synchronously, before the event returns, and clears it once IndexedDB holds it', async () => {
    const repo = await openRepository(`j-${Math.random()}`);
    await repo.save(fresh());
    const { s, storage } = session(repo, fresh(), 'A');
    const id = form.questions[0]!.itemId;
    s.send({ type: 'answer.set', itemId: id, response: choice('b') });
    // No await yet: IndexedDB has not answered, the journal already has the answer.
    const journalled = JSON.parse(storage.m.get('aws-mock-exam-journal:A')!) as Attempt;
    expect(journalled.responses[id]).toEqual(choice('b'));
    expect(journalled).toMatchObject({ writer: 'A', rev: 2 });
    await s.flushed();
    expect(storage.m.size).toBe(0);
    expect((await repo.get('j1'))!.responses[id]).toEqual(choice('b'));
    s.stop();
  });

  it('replays changes IndexedDB never received onto the stored attempt after a reload, then clears the journal', async () => {
    const repo = await openRepository(`j-${Math.random()}`);
    const stored = { ...fresh(), rev: 3, writer: 'A' };
    await repo.save(stored, { claim: true });
    const storage = memoryStorage();
    const id = form.questions[1]!.itemId;
    // The tab closed right after this change: only the journal has it.
    createJournal(storage).write({ ...stored, rev: 4, responses: { [id]: choice('c') }, flags: [id], current: 1 });
    await replayJournal(repo, createJournal(storage));
    expect(await repo.get('j1')).toMatchObject({ rev: 4, flags: [id], current: 1, responses: { [id]: choice('c') } });
    expect(storage.m.size).toBe(0);
  });

  it('keeps the journal when the replay cannot be written, so the next load tries again', async () => {
    const repo = new MemoryRepository();
    await repo.save({ ...fresh(), rev: 1, writer: 'A' }, { claim: true });
    repo.save = () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    const storage = memoryStorage();
    createJournal(storage).write({ ...fresh(), rev: 2, writer: 'A' });
    await expect(replayJournal(repo, createJournal(storage))).rejects.toThrow('full');
    expect(storage.m.size).toBe(1);
  });

  it('ignores a journal from another writer, an older revision, a finished or a deleted attempt', () => {
    const stored = { ...fresh(), rev: 3, writer: 'B' };
    expect(newerFromJournal(stored, { ...stored, rev: 4, writer: 'A' })).toBeUndefined();
    expect(newerFromJournal(stored, { ...stored, rev: 3 })).toBeUndefined();
    expect(newerFromJournal({ ...stored, status: 'finished' }, { ...stored, rev: 9 })).toBeUndefined();
    expect(newerFromJournal(stored, { ...stored, rev: 4 })).toMatchObject({ rev: 4 });
    expect(newerFromJournal(undefined, { ...stored, rev: 1 })).toBeUndefined(); // deleted: never brought back
  });
});

describe('take-over', () => {
  it('the tab taking over keeps every answer the first tab stored, and the first tab\'s late write is refused', async () => {
    const repo = await openRepository(`j-${Math.random()}`);
    await repo.save(fresh());
    let staleInA = false;
    const a = session(repo, fresh(), 'A', memoryStorage(), () => (staleInA = true));
    const ids = form.questions.slice(0, 10).map((q) => q.itemId);
    for (const id of ids) a.s.send({ type: 'answer.set', itemId: id, response: choice('a') });
    await a.s.flushed();
    // Tab B opens the attempt (after stealing the lock), reading what is stored, and claims it.
    const b = session(repo, (await repo.get('j1'))!, 'B');
    await b.s.flushed();
    // Tab A has not heard yet and answers once more, at a revision B also holds: refused as another writer's.
    a.s.send({ type: 'answer.set', itemId: ids[0]!, response: choice('d') });
    await a.s.flushed();
    expect(staleInA).toBe(true);
    expect(a.s.view).toBe('detached');
    const stored = (await repo.get('j1'))!;
    expect(stored.writer).toBe('B');
    for (const id of ids) expect(stored.responses[id]).toEqual(choice('a'));
    a.s.stop();
    b.s.stop();
  });
});

describe('all data deleted in another tab', () => {
  it('ends the running exam here visibly, and neither its next write nor its journal brings it back', async () => {
    const repo = await openRepository(`j-${Math.random()}`);
    await repo.save(fresh());
    const storage = memoryStorage();
    let message = '';
    const a = session(repo, fresh(), 'A', storage, (m) => (message = m));
    await a.s.flushed();
    await repo.clear(); // "Clear all data" in the other tab
    a.s.send({ type: 'answer.set', itemId: form.questions[0]!.itemId, response: choice('a') });
    await a.s.flushed();
    expect(message).toMatch(/deleted in another tab/);
    expect(a.s.view).toBe('detached');
    expect(await repo.get('j1')).toBeUndefined();
    expect(storage.m.size).toBe(0);
    await replayJournal(repo, createJournal(storage));
    expect(await repo.get('j1')).toBeUndefined();
    a.s.stop();
  });

  it('keeps one journal record per tab, so two tabs never overwrite each other\'s', () => {
    const storage = memoryStorage();
    createJournal(storage).write({ ...fresh(), rev: 4, writer: 'A' });
    createJournal(storage).write({ ...fresh(), rev: 5, writer: 'B' });
    expect(createJournal(storage).entries().map((e) => (e as Attempt).writer).sort()).toEqual(['A', 'B']);
  });
});

