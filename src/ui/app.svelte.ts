/**
 * The app controller: what the shell knows (route, storage, the running attempt, this tab's writer lock) and what it
 * does (open storage, start, resume, take over and finish attempts, move between pages). App.svelte only renders it.
 */
import { tick } from 'svelte';
import { EXAM_CODES, type ExamCode } from '../../question-bank/exams.ts';
import { dueCards } from '../core/due.ts';
import type { Attempt } from '../exam/attempt.ts';
import { describeStorageError, type AttemptRepository, type GradeRow, type RunningSummary } from '../storage/repository.ts';
import { createJournal, replayJournal } from '../storage/journal.ts';
import { createWriterLock } from '../storage/writer-lock.ts';
import type { ExamSession } from './session.svelte.ts';
import type { TrendPoint } from './view-models.ts';
import type { RecentStudy, Shown } from './operations.ts';
import { hashOf, routeFromHash, screens, type Route } from './routes.ts';

const ops = () => import('./operations.ts');
const perExam = <T>(make: () => T) => Object.fromEntries(EXAM_CODES.map((c) => [c, make()])) as Record<ExamCode, T>;

export class AppController {
  route = $state<Route>({ name: 'loading' });
  repo = $state.raw<AttemptRepository>();
  running = $state.raw<RunningSummary>();
  busyElsewhere = $state(false);
  /** Why this tab stopped saving the exam, once it has. */
  detached = $state<string | false>(false);
  session = $state.raw<ExamSession>();
  shown = $state.raw<Shown>();
  error = $state<string>();
  starting = $state(false);
  due = $state<Record<ExamCode, number>>(perExam(() => 0));
  historyRows = $state.raw<GradeRow[]>([]);
  trendPoints = $state.raw<Record<ExamCode, TrendPoint[]>>(perExam(() => []));
  recent = $state.raw<Partial<Record<ExamCode, RecentStudy>>>({});
  dataMessage = $state<{ kind: 'ok' | 'error'; text: string }>();
  /** A finished attempt whose final write failed: shown from memory until it is saved. */
  unsaved = $state.raw<{ attempt: Attempt; message: string }>();

  readonly #openRepository: () => Promise<AttemptRepository>;
  readonly #lock = createWriterLock();
  #lockHeld = false;
  /** This page's writer id: a reload is a new writer, which claims the attempt when it opens it. */
  readonly #writer = crypto.randomUUID();
  readonly #journal = createJournal();

  constructor(openRepository: () => Promise<AttemptRepository>) {
    this.#openRepository = openRepository;
    this.#lock.onLost(() => {
      this.#lockHeld = false;
      this.detached = 'This exam continued in another tab, so this tab stopped saving.';
      this.session?.detach();
    });
  }

  #tab() {
    return {
      writer: this.#writer,
      journal: this.repo?.persistent ? this.#journal : undefined,
      onFinished: (a: Attempt) => void this.#finished(a),
      onStale: (message: string) => {
        this.#lockHeld = false;
        this.detached = message;
      },
    };
  }

  /** Opens storage, replays the journal, and shows the page the URL names, or the running exam. */
  async init() {
    this.repo = await this.#openRepository();
    // Changes made just before the last reload or close, which IndexedDB never received.
    if (this.repo.persistent) await replayJournal(this.repo, this.#journal).catch(() => {});
    addEventListener('popstate', () => {
      if (this.route.name !== 'exam') void this.go(routeFromHash(location.hash));
    });
    this.running = await this.repo.runningSummary();
    const hash = location.hash;
    if (this.running) {
      if (!(await this.#ensureLock())) {
        this.busyElsewhere = true;
        return this.go({ name: 'start' });
      }
      const expired = this.running.deadline !== null && this.running.deadline <= Date.now();
      // Back in the exam after a reload or crash; an expired attempt is submitted as of its deadline.
      if (expired || hash === '#/exam') return this.openRunning();
    }
    await this.go(hash === '#/exam' ? { name: 'start' } : routeFromHash(hash));
  }

  go = async (r: Route) => {
    this.error = undefined;
    const repo = this.repo!;
    if (r.name === 'history') this.historyRows = await (await ops()).historyRows(repo);
    if (r.name === 'trends') {
      const o = await ops();
      this.trendPoints = await o.trendPoints(repo);
      // The study plan reads recent attempts in full and grades them: it follows the charts rather than delaying them.
      void o.recentStudy(repo).then((recent) => (this.recent = recent));
    }
    if (r.name === 'practice' || r.name === 'start') await this.#loadDue();
    if (r.name === 'results' || r.name === 'review') {
      const o = await ops();
      const unsaved = this.unsaved;
      this.shown = unsaved?.attempt.id === r.id ? await o.shownFromMemory(unsaved.attempt) : await o.shown(repo, r.id);
      if (!this.shown) r = { name: 'history' };
    }
    if (r.name !== 'start' && r.name !== 'loading' && r.name in screens) await screens[r.name as keyof typeof screens]();
    const was = this.route;
    const moved = was.name !== r.name || ('id' in was && 'id' in r && was.id !== r.id);
    this.route = r;
    if (location.hash !== hashOf(r)) history.pushState(null, '', hashOf(r));
    // A new page starts at its top, with focus on its heading (as a new document would).
    if (moved) {
      await tick();
      window.scrollTo(0, 0);
      document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
    }
  };

  async #ensureLock(steal = false): Promise<boolean> {
    if (this.#lockHeld) return true;
    this.#lockHeld = (await this.#lock.acquire(steal)) === 'held';
    return this.#lockHeld;
  }

  /** Nothing runs here any more: another tab may start an exam at once. */
  #releaseLock() {
    this.#lock.release();
    this.#lockHeld = false;
  }

  async #finished(attempt: Attempt) {
    try {
      await (await ops()).recordFinished(this.repo!, attempt);
      this.unsaved = undefined;
    } catch (e) {
      // The score is still shown, from memory, with a plain word that it is not saved and a way to keep it.
      this.unsaved = { attempt, message: describeStorageError(e) };
    }
    this.session?.stop();
    this.session = undefined;
    this.running = undefined;
    this.#releaseLock();
    await this.go({ name: 'results', id: attempt.id });
  }

  async #open(attempt: Attempt) {
    this.session?.stop();
    this.session = await (await ops()).openSession(this.repo!, attempt, this.#tab());
    this.running = undefined;
    if (this.session.view !== 'finished') await this.go({ name: 'exam' });
  }

  /**
   * The stored running attempt, taken for this tab in one step (read and marked with this tab's writer id together),
   * so a tab still writing it is refused from here on and nothing it had stored is lost.
   */
  async #claimRunning(): Promise<Attempt | undefined> {
    const running = await this.repo!.running();
    return running && ((await this.repo!.claim(running.id, this.#writer)) ?? running);
  }

  openRunning = async (): Promise<void> => {
    const attempt = await this.#claimRunning();
    if (attempt) await this.#open(attempt);
    else this.running = undefined;
  };

  async #loadDue() {
    const cards = await this.repo!.cards();
    const now = Date.now();
    this.due = Object.fromEntries(EXAM_CODES.map((c) => [c, dueCards(cards, c, now).length])) as Record<ExamCode, number>;
  }

  async #begin(make: (o: Awaited<ReturnType<typeof ops>>) => Promise<Attempt | undefined>) {
    this.error = undefined;
    this.starting = true;
    try {
      if (!(await this.#ensureLock())) {
        this.error = 'An exam is running in another tab. Finish it there first.';
        return;
      }
      if (await this.repo!.runningSummary()) {
        this.error = 'An unfinished exam is waiting on the Exam page. Resume or end it first.';
        return;
      }
      const o = await ops();
      const attempt = await make(o);
      if (!attempt) {
        this.error = 'No questions match that choice.';
        return;
      }
      try {
        await this.repo!.save(attempt);
      } catch (e) {
        // Warn before the first question rather than after the first answer.
        this.error = `The new exam could not be saved, so it was not started. ${describeStorageError(e)}`;
        return;
      }
      await this.#open(attempt);
    } catch (e) {
      const o = await ops();
      this.error = e instanceof o.FormShortfallError ? e.message : `The exam could not be prepared: ${(e as Error).message}`;
    } finally {
      this.starting = false;
    }
  }

  startExam = (code: ExamCode, accommodation: boolean, confidence = false) =>
    this.#begin((o) => o.newExam(this.repo!, code, accommodation, confidence));

  startPractice = (args: { exam: ExamCode; source: 'bank' | 'missed'; domains: number[]; count: number }) =>
    this.#begin((o) => o.newPractice(this.repo!, args));

  /** "Practise task X.Y" in a study plan. */
  startTaskPractice = async (exam: ExamCode, task: string, missed: readonly string[]) => {
    await this.#begin((o) => o.newTaskPractice(this.repo!, { exam, task, missed, count: 15 }));
    if (this.error) {
      // Shown where practice starts (results and trends have no place for it), e.g. "an exam is still running".
      const why = this.error;
      await this.go({ name: 'practice' });
      this.error = why;
    }
  };

  takeOver = async () => {
    if (!(await this.#ensureLock(true))) return;
    this.busyElsewhere = false;
    await this.openRunning();
  };

  /** "End it" on the start page: open the attempt at its end-exam confirmation, which says what is unanswered. */
  submitRunning = async () => {
    const attempt = await this.#claimRunning();
    if (!attempt) return;
    await this.#open(attempt);
    this.session?.send({ type: 'exam.end' });
  };

  /** The old tab of a take-over: take the exam back here (the other tab then stops saving). */
  takeBack = async () => {
    this.detached = false;
    await this.takeOver();
  };

  /** The old tab of a take-over leaves the exam to the other tab. */
  leaveToOtherTab = async () => {
    this.detached = false;
    this.session?.stop();
    this.session = undefined;
    await this.go({ name: 'start' });
  };

  retrySave = async () => {
    if (this.unsaved) await this.#finished(this.unsaved.attempt);
  };

  downloadUnsaved = async () => {
    if (this.unsaved) (await ops()).downloadAttempt(this.unsaved.attempt);
  };

  deleteAttempt = async (id: string) => {
    await this.repo!.delete(id);
    this.historyRows = await (await ops()).historyRows(this.repo!);
  };

  exportData = async () => {
    const r = await (await ops()).exportBackup(this.repo!);
    this.dataMessage = { kind: 'ok', text: `Exported ${r.attempts} attempts and ${r.cards} scheduled questions.` };
  };

  importData = async (file: File) => {
    try {
      const r = await (await ops()).importBackup(this.repo!, file);
      this.dataMessage = { kind: r.ok ? 'ok' : 'error', text: r.text };
    } catch (e) {
      this.dataMessage = { kind: 'error', text: `The import failed and nothing changed: ${describeStorageError(e)}` };
    }
  };

  clearData = async () => {
    await this.repo!.clear();
    this.#journal.clearAll();
    this.running = undefined;
    this.#releaseLock();
    this.dataMessage = { kind: 'ok', text: 'All attempts and schedules were deleted from this browser.' };
  };
}
