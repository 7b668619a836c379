/** Where attempts and study cards are kept: a narrow interface with an IndexedDB implementation and an in-memory twin. */
import { EXAM_CODES } from '../../question-bank/exams.ts';
import type { Attempt } from '../exam/attempt.ts';
import type { StudyCard } from '../core/missed.ts';
import type { Backup } from './backup.ts';

export interface ImportResult {
  readonly attemptsAdded: number;
  readonly attemptsSkipped: number;
  /** Running attempts in the file not imported because one already runs here (or the file holds several). */
  readonly runningSkipped: number;
  readonly cardsAdded: number;
  /** Ids of the attempts added. */
  readonly addedIds: readonly string[];
}

/**
 * A finished attempt's grades, cached for the history and trends pages. It is derived data: valid only for the
 * bank version it was computed with, recomputed from the stored responses whenever the bank changes.
 */
export interface GradeRow {
  attemptId: string;
  exam: Attempt['exam'];
  mode: Attempt['mode'];
  startedAt: number;
  finishedAt: number;
  bankVersion: string;
  scaled: number;
  passed: boolean;
  raw: number;
  cut: number;
  scoredCount: number;
  correct: number;
  total: number;
  domains: { id: number; percent: number }[];
}

/** What the start page shows of an unfinished attempt, read without the full validation. */
export interface RunningSummary {
  readonly id: string;
  readonly exam: Attempt['exam'];
  readonly mode: Attempt['mode'];
  readonly startedAt: number;
  readonly deadline: number | null;
}

export function summarise(row: unknown): RunningSummary | undefined {
  const r = row as Partial<Attempt> | undefined;
  if (!r || typeof r.id !== 'string' || r.status !== 'running' || !(EXAM_CODES as readonly unknown[]).includes(r.exam)) return undefined;
  if (typeof r.startedAt !== 'number' || !(typeof r.deadline === 'number' || r.deadline === null)) return undefined;
  return { id: r.id, exam: r.exam as Attempt['exam'], mode: r.mode === 'practice' ? 'practice' : 'exam', startedAt: r.startedAt, deadline: r.deadline };
}

/** A write refused because another tab now writes this attempt, or a newer revision is already stored. */
export class StaleWriteError extends Error {
  constructor(
    readonly attemptId: string,
    readonly reason: 'taken-over' | 'deleted' = 'taken-over',
  ) {
    super(
      reason === 'deleted'
        ? 'This exam was deleted in another tab (all data was cleared there), so this tab stopped saving.'
        : 'This exam continued in another tab, so this tab stopped saving.',
    );
    this.name = 'StaleWriteError';
  }
}

/**
 * The compare-and-set rule of every attempt write: refuse a revision older than the stored one, and a write by a tab
 * that is not the stored writer unless it is taking the attempt over (`claim`).
 */
export function checkWrite(stored: Pick<Attempt, 'rev' | 'writer'> | undefined, next: Attempt, claim: boolean): void {
  // A tab's attempt that is no longer stored was deleted elsewhere: writing it would bring it back.
  if (!stored) {
    if (!claim && next.writer !== undefined) throw new StaleWriteError(next.id, 'deleted');
    return;
  }
  if ((stored.rev ?? 0) > next.rev) throw new StaleWriteError(next.id);
  if (!claim && stored.writer !== undefined && stored.writer !== next.writer) throw new StaleWriteError(next.id);
}

export interface AttemptRepository {
  /** False when attempts will not survive a reload (storage blocked or unavailable). */
  readonly persistent: boolean;
  /** Why storage is not persistent, in words for the candidate. */
  readonly problem?: string;
  /**
   * Stores the attempt under the compare-and-set rule (`checkWrite`), in one transaction; throws StaleWriteError when
   * refused. `claim` is for the tab taking the attempt over, after it holds the writer lock.
   */
  save(attempt: Attempt, options?: { claim?: boolean }): Promise<void>;
  /**
   * Takes a running attempt for `writer` in one step: reads what is stored now, marks `writer` as its writer with the
   * next revision, and returns it. A write still in flight from the tab that had it is then refused, never merged
   * over what this tab continues from. Returns the stored attempt unchanged when it is not running, or undefined.
   */
  claim(id: string, writer: string): Promise<Attempt | undefined>;
  get(id: string): Promise<Attempt | undefined>;
  /** The most recently started attempt that is still running, if any (fully validated). */
  running(): Promise<Attempt | undefined>;
  /** The same, as a light summary for the start page. */
  runningSummary(): Promise<RunningSummary | undefined>;
  /** Every attempt, newest first. */
  list(): Promise<Attempt[]>;
  /** The given attempts (validated), in no particular order; missing ones are left out. */
  getMany(ids: readonly string[]): Promise<Attempt[]>;
  /** Ids of every finished attempt. */
  finishedIds(): Promise<string[]>;
  grades(): Promise<GradeRow[]>;
  saveGrades(rows: readonly GradeRow[]): Promise<void>;
  delete(id: string): Promise<void>;
  cards(): Promise<StudyCard[]>;
  saveCards(cards: readonly StudyCard[]): Promise<void>;
  /** Forgets the study cards of these questions (removed from the bank). */
  deleteCards(itemIds: readonly string[]): Promise<void>;
  /** Adds what the backup has and the store lacks (by id), all or nothing; never changes what is stored. */
  importBackup(backup: Backup): Promise<ImportResult>;
  /** Deletes every attempt and card. */
  clear(): Promise<void>;
}

/** Decides what an import adds: attempts and cards not already stored; a running attempt only if none runs here. */
export function planImport(backup: Backup, have: { attemptIds: Set<string>; cardIds: Set<string>; running: boolean }) {
  let running = have.running;
  let runningSkipped = 0;
  const attempts: Attempt[] = [];
  for (const a of backup.attempts) {
    if (have.attemptIds.has(a.id)) continue;
    if (a.status === 'running') {
      if (running) {
        runningSkipped++;
        continue;
      }
      running = true;
    }
    attempts.push(a);
  }
  const cards = backup.cards.filter((c) => !have.cardIds.has(c.itemId));
  return {
    attempts,
    cards,
    result: {
      attemptsAdded: attempts.length,
      attemptsSkipped: backup.attempts.length - attempts.length - runningSkipped,
      runningSkipped,
      cardsAdded: cards.length,
      addedIds: attempts.map((a) => a.id),
    },
  };
}

export class MemoryRepository implements AttemptRepository {
  readonly persistent: boolean;
  readonly problem?: string;
  #rows = new Map<string, Attempt>();
  #cards = new Map<string, StudyCard>();
  #grades = new Map<string, GradeRow>();

  constructor(problem?: string) {
    this.persistent = false;
    this.problem = problem;
  }
  async save(attempt: Attempt, options: { claim?: boolean } = {}) {
    checkWrite(this.#rows.get(attempt.id), attempt, !!options.claim);
    this.#rows.set(attempt.id, structuredClone(attempt));
  }
  async get(id: string) {
    const a = this.#rows.get(id);
    return a && structuredClone(a);
  }
  async claim(id: string, writer: string) {
    const a = this.#rows.get(id);
    if (a?.status === 'running') this.#rows.set(id, { ...a, writer, rev: (a.rev ?? 0) + 1 });
    return this.get(id);
  }
  async running() {
    return (await this.list()).find((a) => a.status === 'running');
  }
  async runningSummary() {
    return summarise(await this.running());
  }
  async list() {
    return [...this.#rows.values()].sort((a, b) => b.startedAt - a.startedAt).map((a) => structuredClone(a));
  }
  async getMany(ids: readonly string[]) {
    return ids.flatMap((id) => (this.#rows.has(id) ? [structuredClone(this.#rows.get(id)!)] : []));
  }
  async finishedIds() {
    return [...this.#rows.values()].filter((a) => a.status === 'finished').map((a) => a.id);
  }
  async grades() {
    return [...this.#grades.values()].map((g) => structuredClone(g));
  }
  async saveGrades(rows: readonly GradeRow[]) {
    for (const g of rows) this.#grades.set(g.attemptId, structuredClone(g));
  }
  async delete(id: string) {
    this.#rows.delete(id);
    this.#grades.delete(id);
  }
  async cards() {
    return [...this.#cards.values()].map((c) => ({ ...c }));
  }
  async saveCards(cards: readonly StudyCard[]) {
    for (const c of cards) this.#cards.set(c.itemId, { ...c });
  }
  async deleteCards(itemIds: readonly string[]) {
    for (const id of itemIds) this.#cards.delete(id);
  }
  async importBackup(backup: Backup) {
    const plan = planImport(backup, {
      attemptIds: new Set(this.#rows.keys()),
      cardIds: new Set(this.#cards.keys()),
      running: !!(await this.running()),
    });
    for (const a of plan.attempts) this.#rows.set(a.id, structuredClone(a));
    await this.saveCards(plan.cards);
    return plan.result;
  }
  async clear() {
    this.#rows.clear();
    this.#cards.clear();
    this.#grades.clear();
  }
}

/** Turns a storage error into words for the candidate. */
export function describeStorageError(e: unknown): string {
  const name = (e as { name?: string; inner?: { name?: string } })?.inner?.name ?? (e as { name?: string })?.name;
  if (name === 'StaleWriteError') return (e as Error).message;
  if (name === 'QuotaExceededError')
    return "Your browser's storage is full, so the latest change was not saved. Free some space (or export your data) and keep going: everything saved before stays readable.";
  return `Saving failed (${name ?? 'unknown error'}). Your answers are kept in this tab; do not close it.`;
}
