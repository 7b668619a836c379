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

describe('a large damaged backup', () => {
  it('is refused naming its first faults, after checking for at most MAX_ISSUES of them', () => {
    const good = makeBackup([finished('ok', 1000)], [], 2000);
    const broken = Array.from({ length: 5000 }, (_, i) => ({ ...good.attempts[0]!, id: `b${i}`, startedAt: 'yesterday' }));
    const t = performance.now();
    const r = parseBackup(JSON.stringify({ ...good, attempts: [good.attempts[0], ...broken] }));
    const ms = performance.now() - t;
    expect(r.ok ? '' : r.error).toMatch(
      /^This backup is damaged \(attempts\[1\]\.startedAt: .+; attempts\[2\]\.startedAt: .+; attempts\[3\]\.startedAt: .+; and at least 17 more\)\. Nothing was imported\.$/,
    );
    expect(ms).toBeLessThan(2000); // parsing the JSON dominates; the check stops after 20 faults
    const few = parseBackup(JSON.stringify({ ...good, cards: [{ itemId: 1 }, { itemId: 2 }, { itemId: 3 }, { itemId: 4 }] }));
    expect(few.ok ? '' : few.error).toMatch(/cards\[0\]\.itemId: .+; cards\[1\]\.itemId: .+; cards\[2\]\.itemId: .+; and 1 more\)/);
  });
});

describe('backup format versions', () => {
  it('reads a version-1 file as version 2 whose attempts have no confidence marks, and round-trips marks in version 2', () => {
    const v1 = { ...makeBackup([finished('old', 1000)], cards, 2000), version: 1 };
    const read = parseBackup(JSON.stringify(v1));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup.version).toBe(2);
    expect(read.backup.attempts[0]!.confidence).toBeUndefined();

    const marked: Attempt = { ...finished('new', 3000), confidenceOn: true, confidence: { [form.questions[0]!.itemId]: 'sure', [form.questions[1]!.itemId]: 'guess' } };
    const again = parseBackup(JSON.stringify(makeBackup([marked], [], 4000)));
    expect(again.ok && again.backup.attempts[0]!.confidence).toEqual(marked.confidence);
  });

  it('refuses a confidence mark for a question outside the form, or a mark that is not Sure, Unsure or Guess', () => {
    const stray: Attempt = { ...finished('x', 3000), confidenceOn: true, confidence: { 'mla-not-in-form': 'sure' } };
    const r = parseBackup(JSON.stringify(makeBackup([stray], [], 4000)));
    expect(r.ok ? '' : r.error).toMatch(/a confidence mark names mla-not-in-form, which is not in the form/);
    const bad = JSON.parse(JSON.stringify(makeBackup([finished('y', 3000)], [], 4000)));
    bad.attempts[0].confidence = { [form.questions[0]!.itemId]: 'certain' };
    expect(parseBackup(JSON.stringify(bad)).ok).toBe(false);
  });
});

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
    expect(await repo.importBackup(parsed.backup)).toEqual({ attemptsAdded: 2, attemptsSkipped: 0, runningSkipped: 0, cardsAdded: 1, addedIds: ['a2', 'a1'] });
    expect(await repo.list()).toEqual(before);
    expect(await repo.importBackup(parsed.backup)).toEqual({ attemptsAdded: 0, attemptsSkipped: 2, runningSkipped: 0, cardsAdded: 0, addedIds: [] });
    expect(await repo.list()).toHaveLength(2);
  });

  it('refuses foreign, newer, damaged and non-JSON files with a reason, and the store does not change', async () => {
    const repo = await freshRepo();
    await repo.save(finished('keep', 1000));
    const good = makeBackup([finished('new', 3000)], [], 5000);
    const cases: [string, RegExp][] = [
      ['not json at all', /not valid JSON/],
      [JSON.stringify({ hello: 'world' }), /not a backup from this simulator/],
      [JSON.stringify({ ...good, version: 3 }), /newer version of the simulator \(format version 3\)/],
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

describe('import through the Data page', () => {
  // What the Data page hands over: a File's size and text (jsdom's File has no text()).
  const file = (backup: unknown) => {
    const json = JSON.stringify(backup);
    return { name: 'backup.json', size: json.length, text: () => Promise.resolve(json) } as unknown as File;
  };
  const importFile = async (repo: DexieRepository, f: File) => (await import('../../src/ui/operations.ts')).importBackup(repo, f);

  it('refuses attempts that do not hold together, naming each, and the store does not change', async () => {
    const repo = await freshRepo();
    await repo.save(finished('keep', 1000));
    const a = finished('x', 3000);
    const q0 = a.form.questions[0]!;
    const broken: [Attempt[], RegExp][] = [
      [[{ ...a, form: { ...a.form, questions: [] } }], /attempts\[0\] \(x\): the form has no questions/],
      [[{ ...a, current: 65 }], /current question 66 is past the last \(65\)/],
      [[{ ...a, form: { ...a.form, questions: [q0, ...a.form.questions.slice(1, 64), q0] } }], new RegExp(`question ${q0.itemId} appears twice in the form`)],
      [[{ ...a, form: { ...a.form, questions: [{ ...q0, order: [q0.order[0]!, ...q0.order.slice(0, -1)] }, ...a.form.questions.slice(1)] } }], /lists an option twice/],
      [[{ ...a, responses: { [q0.itemId]: { type: 'ordering', sequence: ['s1', 's1', 's2'] } } }], /uses a step twice/],
      [[a, finished('x', 4000)], /attempts\[1\] \(x\): the attempt id appears twice/],
    ];
    for (const [attempts, reason] of broken) {
      const r = await importFile(repo, file(makeBackup(attempts, [], 5000)));
      expect(r.ok).toBe(false);
      expect(r.text).toMatch(reason);
      expect(r.text).toMatch(/does not hold together.*Nothing was imported/);
    }
    expect((await repo.list()).map((x) => x.id)).toEqual(['keep']);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const repo = await freshRepo();
    let read = false;
    const big = { name: 'huge.json', size: 21 * 1024 * 1024, text: () => ((read = true), Promise.resolve('')) } as unknown as File;
    const r = await importFile(repo, big);
    expect(r).toEqual({ ok: false, text: expect.stringMatching(/21\.0 MB; a backup from this simulator is at most 20 MB\. Nothing was imported/) });
    expect(read).toBe(false);
  });

  // Reads the real bank (several seconds on a busy machine).
  it('says so when a running exam in the file is not imported, and when questions are no longer in the bank', { timeout: 60_000 }, async () => {
    const repo = await freshRepo();
    const { loadBank } = await import('../../src/exam/bank.ts');
    const real = (await loadBank('MLA-C01')).questions.slice(0, 65);
    const realForm = { exam: 'MLA-C01' as const, seed: 1, questions: real.map((q, i) => ({ itemId: i === 0 ? 'mla-gone-001' : q.id, domain: q.domain, scored: true, order: [] })) };
    await repo.save({ ...finished('here', 1000), status: 'running', finishedAt: undefined });
    const theirs = { ...finished('theirs', 2000), status: 'running' as const, finishedAt: undefined };
    const old = { ...finished('old', 500), form: realForm, responses: {} };
    const r = await importFile(repo, file(makeBackup([theirs, old], [], 5000)));
    expect(r.ok).toBe(true);
    expect(r.text).toMatch(/Imported 1 attempt and 0 scheduled questions\. 1 unfinished exam in the file was not imported, because an exam is already running here/);
    expect(r.text).toMatch(/1 question is no longer in the bank and is not scored\./);
    expect((await repo.running())!.id).toBe('here');
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
