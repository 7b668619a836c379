/**
 * A running exam in the UI: wraps the exam machine's actor, keeps the latest snapshot in runes state,
 * ticks the clock against the deadline and writes every change through the save queue.
 */
import { createActor, type Actor } from 'xstate';
import { EXAMS, type ExamDefinition } from '../../question-bank/exams.ts';
import type { BankQuestion } from '../../question-bank/schema.ts';
import type { Attempt } from '../exam/attempt.ts';
import type { LoadedBank } from '../exam/bank.ts';
import { examMachine, type ExamEvent } from '../exam/machine.ts';
import type { Journal } from '../storage/journal.ts';
import { describeStorageError, type AttemptRepository } from '../storage/repository.ts';
import { SaveQueue } from '../storage/save-queue.ts';

export type ExamView = 'question' | 'review' | 'confirmingEnd' | 'finished' | 'detached';

/** Events as the UI sends them: the session stamps the time. */
export type UiEvent = ExamEvent extends infer E ? (E extends { at: number } ? Omit<E, 'at'> : E extends { now: number } ? never : E) : never;

export class ExamSession {
  readonly exam: ExamDefinition;
  readonly bank: LoadedBank;
  attempt = $state.raw<Attempt>() as Attempt;
  view = $state<ExamView>('question');
  /** ms since epoch, refreshed by the clock. */
  now = $state(0);
  /** Set when the last write failed; cleared by the next successful one. */
  saveProblem = $state<string | undefined>();

  #actor: Actor<typeof examMachine>;
  #queue: SaveQueue;
  #journal: Journal | undefined;
  #writer: string;
  #rev: number;
  /** The attempt as last handed to storage: the machine's context with this tab's revision and writer. */
  #latest: Attempt;
  #timer: ReturnType<typeof setInterval> | undefined;
  #clock: () => number;
  #monotonic: () => number;
  /** The last time read and the monotonic reading that went with it. */
  #last: number;
  #lastMonotonic: number;
  #onVisible = () => this.tick();

  constructor(args: {
    attempt: Attempt;
    bank: LoadedBank;
    repo: AttemptRepository;
    clock?: () => number;
    monotonic?: () => number;
    /** This tab's writer id; the session claims the attempt for it. */
    writer?: string;
    /** Write-ahead journal; absent when storage is not persistent. */
    journal?: Journal;
    onFinished?: (attempt: Attempt) => void;
    /** A write was refused: another tab took the attempt over, or deleted it; the message says which. */
    onStale?: (message: string) => void;
  }) {
    this.exam = EXAMS[args.attempt.exam];
    this.bank = args.bank;
    this.#clock = args.clock ?? (() => Date.now());
    this.#monotonic = args.monotonic ?? (() => performance.now());
    // Time never runs backwards past what the attempt has already recorded, whatever the wall clock now says.
    this.#last = Math.max(args.attempt.startedAt, ...args.attempt.log.map((e) => e.at));
    this.#lastMonotonic = this.#monotonic();
    this.now = this.#read();
    this.#journal = args.journal;
    this.#writer = args.writer ?? crypto.randomUUID();
    this.#rev = args.attempt.rev;
    this.#latest = args.attempt;
    this.#queue = new SaveQueue(
      args.repo,
      (error, saved) => {
        if ((error as Error | undefined)?.name === 'StaleWriteError') {
          this.#journal?.clear(); // refused changes must not come back on the next load
          this.detach();
          args.onStale?.((error as Error).message);
        } else if (error) this.saveProblem = describeStorageError(error);
        else {
          this.saveProblem = undefined;
          this.#journal?.confirm(saved.id, saved.rev);
          // Lets the benchmark (and anything else listening) time a change until it is stored.
          dispatchEvent(new CustomEvent('sim:saved'));
        }
      },
      { claim: true },
    );
    const machine = examMachine.provide({ actions: { persist: ({ context }) => this.#persist(context) } });
    this.#actor = createActor(machine, { input: args.attempt });
    this.#actor.subscribe((snap) => {
      this.attempt = snap.context;
      this.view = snap.matches('finished')
        ? 'finished'
        : snap.matches('detached')
          ? 'detached'
          : snap.matches({ running: 'review' })
            ? 'review'
            : snap.matches({ running: 'confirmingEnd' })
              ? 'confirmingEnd'
              : 'question';
      if (snap.status === 'done') {
        this.stopClock();
        if (snap.matches('finished')) void this.#queue.flushed().then(() => args.onFinished?.(this.#latest));
      }
    });
    this.#actor.start();
    // Take the attempt over for this tab: the first write claims it, so a write by the tab that had it is refused.
    if (this.#actor.getSnapshot().status === 'active') this.#persist(this.#actor.getSnapshot().context);
    this.tick();
    if (this.#actor.getSnapshot().status === 'active') {
      this.#timer = setInterval(() => this.tick(), 250);
      document.addEventListener('visibilitychange', this.#onVisible);
    }
  }

  /**
   * Stores a change: first in the journal, synchronously, so a reload or a closed tab a millisecond later loses
   * nothing; then in IndexedDB through the save queue, which confirms the journal when the write lands.
   */
  #persist(context: Attempt) {
    this.#latest = { ...context, rev: ++this.#rev, writer: this.#writer };
    this.#journal?.write(this.#latest);
    this.#queue.save(this.#latest);
  }

  /**
   * The current time (ms since epoch). A wall clock set back does not give time back: between readings the time
   * advances by at least the monotonic clock's elapsed time. A wall clock that jumps forward (a laptop waking from
   * sleep) is followed, so the deadline still passes.
   */
  #read(): number {
    const monotonic = this.#monotonic();
    this.#last = Math.max(this.#clock(), this.#last + Math.max(0, monotonic - this.#lastMonotonic));
    this.#lastMonotonic = monotonic;
    return this.#last;
  }

  /** Re-reads the clock; submits the attempt when the deadline has passed. */
  tick() {
    this.now = this.#read();
    this.#actor.send({ type: 'timer.tick', now: this.now });
  }

  send(event: UiEvent) {
    this.#actor.send({ ...event, at: this.#read() } as ExamEvent);
  }

  /** Never more than the exam's length (with the accommodation), never negative. */
  get remainingMs(): number | null {
    const { deadline, startedAt } = this.attempt;
    return deadline === null ? null : Math.max(0, Math.min(deadline - this.now, deadline - startedAt));
  }

  get current() {
    return this.attempt.form.questions[this.attempt.current]!;
  }

  item(itemId: string): BankQuestion | undefined {
    return this.bank.byId.get(itemId);
  }

  flushed() {
    return this.#queue.flushed();
  }

  stopClock() {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    document.removeEventListener('visibilitychange', this.#onVisible);
  }

  /** Another tab took the attempt over. */
  detach() {
    this.#actor.send({ type: 'tab.takenOver' });
    this.stopClock();
  }

  stop() {
    this.stopClock();
    this.#actor.stop();
  }
}
