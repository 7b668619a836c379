/** The IndexedDB repository (Dexie 4). Records are validated when read; an unreadable record is skipped, never deleted. */
import Dexie, { type Table } from 'dexie';
import type { Attempt } from '../exam/attempt.ts';
import type { StudyCard } from '../core/missed.ts';
import type { Backup } from './backup.ts';
import { checkWrite, MemoryRepository, planImport, summarise, type AttemptRepository, type GradeRow } from './repository.ts';

export const DB_NAME = 'aws-mock-exam';

/**
 * Schema history. Never edit a released version: add the next one.
 * 1: attempts.
 * 2: study cards for missed questions; attempts gain `checked` (practice feedback), empty for older attempts.
 * 3: a cache of finished attempts' grades per bank version, so history and trends need not read every attempt.
 */
export class SimulatorDb extends Dexie {
  attempts!: Table<Attempt, string>;
  cards!: Table<StudyCard, string>;
  grades!: Table<GradeRow, string>;
  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({ attempts: 'id, exam, status, startedAt' });
    this.version(2)
      .stores({ attempts: 'id, exam, status, startedAt', cards: 'itemId, exam, due' })
      .upgrade((tx) =>
        tx
          .table('attempts')
          .toCollection()
          .modify((a: Partial<Attempt>) => {
            a.checked ??= [];
          }),
      );
    this.version(3).stores({ attempts: 'id, exam, status, startedAt', cards: 'itemId, exam, due', grades: 'attemptId' });
  }
}

/** Validates stored rows with the attempt schema, loaded on first use so the start page does not carry zod. */
async function valid(rows: unknown[]): Promise<Attempt[]> {
  const { attemptSchema } = await import('../exam/attempt.ts');
  return rows.flatMap((row) => {
    const parsed = attemptSchema.safeParse(row);
    if (parsed.success) return [parsed.data];
    console.warn('Skipping an unreadable stored attempt', (row as { id?: string })?.id, parsed.error.issues[0]);
    return [];
  });
}

export class DexieRepository implements AttemptRepository {
  readonly persistent = true;
  constructor(readonly db: SimulatorDb) {}
  async save(attempt: Attempt, options: { claim?: boolean } = {}) {
    await this.db.transaction('rw', this.db.attempts, async () => {
      checkWrite(await this.db.attempts.get(attempt.id), attempt, !!options.claim);
      await this.db.attempts.put(attempt);
    });
  }
  async get(id: string) {
    const row = await this.db.attempts.get(id);
    return row ? (await valid([row]))[0] : undefined;
  }
  async claim(id: string, writer: string) {
    const row = await this.db.transaction('rw', this.db.attempts, async () => {
      const stored = await this.db.attempts.get(id);
      if (stored?.status !== 'running') return stored;
      const claimed = { ...stored, writer, rev: (stored.rev ?? 0) + 1 };
      await this.db.attempts.put(claimed);
      return claimed;
    });
    return row ? (await valid([row]))[0] : undefined;
  }
  async running() {
    const rows = await this.db.attempts.where('status').equals('running').toArray();
    return (await valid(rows)).sort((a, b) => b.startedAt - a.startedAt)[0];
  }
  async runningSummary() {
    const rows = await this.db.attempts.where('status').equals('running').toArray();
    return rows.map(summarise).filter((s) => !!s).sort((a, b) => b.startedAt - a.startedAt)[0];
  }
  async list() {
    return valid(await this.db.attempts.orderBy('startedAt').reverse().toArray());
  }
  async getMany(ids: readonly string[]) {
    return valid((await this.db.attempts.bulkGet([...ids])).filter((r) => r !== undefined));
  }
  async finishedIds() {
    return (await this.db.attempts.where('status').equals('finished').primaryKeys()) as string[];
  }
  async grades() {
    return this.db.grades.toArray();
  }
  async saveGrades(rows: readonly GradeRow[]) {
    await this.db.grades.bulkPut([...rows]);
  }
  async delete(id: string) {
    await this.db.transaction('rw', this.db.attempts, this.db.grades, async () => {
      await this.db.attempts.delete(id);
      await this.db.grades.delete(id);
    });
  }
  async cards() {
    return this.db.cards.toArray();
  }
  async saveCards(cards: readonly StudyCard[]) {
    await this.db.cards.bulkPut([...cards]);
  }
  async deleteCards(itemIds: readonly string[]) {
    await this.db.cards.bulkDelete([...itemIds]);
  }
  async importBackup(backup: Backup) {
    return this.db.transaction('rw', this.db.attempts, this.db.cards, async () => {
      const plan = planImport(backup, {
        attemptIds: new Set(await this.db.attempts.toCollection().primaryKeys()),
        cardIds: new Set(await this.db.cards.toCollection().primaryKeys()),
        running: (await this.db.attempts.where('status').equals('running').count()) > 0,
      });
      await this.db.attempts.bulkAdd(plan.attempts);
      await this.db.cards.bulkAdd(plan.cards);
      return plan.result;
    });
  }
  async clear() {
    await this.db.transaction('rw', this.db.attempts, this.db.cards, this.db.grades, async () => {
      await this.db.attempts.clear();
      await this.db.cards.clear();
      await this.db.grades.clear();
    });
  }
}

/** How long opening IndexedDB may take before the app runs in memory instead (ms). */
export const OPEN_TIMEOUT_MS = 4000;

/**
 * Opens IndexedDB; when it cannot be opened (private browsing, blocked storage) or does not answer within
 * `timeoutMs`, falls back to memory and says why, rather than leaving the page on "Loading…".
 */
export async function openRepository(name = DB_NAME, timeoutMs = OPEN_TIMEOUT_MS): Promise<AttemptRepository> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    const db = new SimulatorDb(name);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`storage did not answer within ${timeoutMs / 1000} seconds`)), timeoutMs);
    });
    try {
      await Promise.race([db.open(), late]);
    } catch (e) {
      db.close(); // an open that answers later must not hold the database
      throw e;
    } finally {
      clearTimeout(timer);
    }
    return new DexieRepository(db);
  } catch (e) {
    return new MemoryRepository(
      `Your browser blocked storage (${(e as Error).message || (e as Error).name}). This exam runs in memory and will not survive a reload or a closed tab.`,
    );
  }
}
