/**
 * What the app does beyond showing the start page: building forms, opening sessions, scoring, history, trends,
 * backups. Loaded on first use, so the start page carries none of xstate, zod, ts-fsrs or the scoring code.
 */
import { EXAMS, EXAM_CODES, type ExamCode } from '../../question-bank/exams.ts';
import { scoreAttempt, type ScoreReport } from '../../scoring/index.ts';
import { scaledScore } from '../../scoring/scale.ts';
import { diagnose, type Outcome, type TaskDiagnosis } from '../../scoring/diagnosis.ts';
import { gradeQuestion, ownValue } from '../../question-bank/schema.ts';
import { buildForm, buildPracticeForm } from '../core/form.ts';
import { dueCards, recordOutcomes } from '../core/missed.ts';
import { newAttempt, type Attempt } from '../exam/attempt.ts';
import { loadBank, type LoadedBank } from '../exam/bank.ts';
import { makeBackup, MAX_BACKUP_BYTES, parseBackup } from '../storage/backup.ts';
import { journalled, type Journal } from '../storage/journal.ts';
import type { AttemptRepository, GradeRow } from '../storage/repository.ts';
import { ExamSession } from './session.svelte.ts';
import type { TrendPoint } from './view-models.ts';

export { FormShortfallError } from '../core/form.ts';

export interface Shown {
  attempt: Attempt;
  report: ScoreReport;
  bank: LoadedBank;
  /** Per question: how often it was seen, and answered right, in finished attempts started before this one. */
  before?: ReadonlyMap<string, { seen: number; right: number }>;
}

/** How often each question was seen and answered right in the finished attempts (of one exam) started before `t`. */
export function seenBefore(attempts: readonly Attempt[], bank: LoadedBank, exam: ExamCode, t: number): Map<string, { seen: number; right: number }> {
  const out = new Map<string, { seen: number; right: number }>();
  for (const a of attempts) {
    if (a.exam !== exam || a.status !== 'finished' || a.startedAt >= t) continue;
    for (const fq of a.form.questions) {
      const item = bank.byId.get(fq.itemId);
      const had = out.get(fq.itemId) ?? { seen: 0, right: 0 };
      had.seen++;
      if (item && gradeQuestion(item, ownValue(a.responses, fq.itemId)).state === 'right') had.right++;
      out.set(fq.itemId, had);
    }
  }
  return out;
}

function seed() {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

export async function reportFor(attempt: Attempt): Promise<{ bank: LoadedBank; report: ScoreReport }> {
  const bank = await loadBank(attempt.exam);
  return { bank, report: scoreAttempt(EXAMS[attempt.exam], attempt.form, (id) => bank.byId.get(id), attempt.responses) };
}

export async function shown(repo: AttemptRepository, id: string): Promise<Shown | undefined> {
  const attempt = await repo.get(id);
  if (!attempt || attempt.status !== 'finished') return undefined;
  const r = await reportFor(attempt);
  return { attempt, ...r, before: seenBefore(await repo.list(), r.bank, attempt.exam, attempt.startedAt) };
}

async function bankVersions() {
  return (await import('virtual:bank-versions')).default;
}

function gradeRow(attempt: Attempt, report: ScoreReport, bankVersion: string): GradeRow {
  return {
    attemptId: attempt.id,
    exam: attempt.exam,
    mode: attempt.mode,
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt ?? attempt.startedAt,
    bankVersion,
    scaled: report.scaled,
    passed: report.passed,
    raw: report.raw,
    cut: report.cut,
    scoredCount: report.scoredCount,
    correct: report.questions.filter((q) => q.grade.state === 'right').length,
    total: report.questions.length,
    domains: report.domains.map((d) => ({ id: d.domain, percent: d.percent })),
  };
}

/**
 * Grades of every finished attempt, newest first: from the cache where it was computed with the current bank,
 * recomputed from the stored responses (and cached again) where the bank has changed since.
 */
export async function gradedAttempts(repo: AttemptRepository): Promise<GradeRow[]> {
  const [versions, ids, cached] = await Promise.all([bankVersions(), repo.finishedIds(), repo.grades()]);
  const fresh = new Map(cached.filter((g) => g.bankVersion === versions[g.exam]).map((g) => [g.attemptId, g]));
  const stale = ids.filter((id) => !fresh.has(id));
  if (stale.length) {
    const rows = await Promise.all(
      (await repo.getMany(stale)).map(async (a) => gradeRow(a, (await reportFor(a)).report, versions[a.exam])),
    );
    for (const r of rows) fresh.set(r.attemptId, r);
    await repo.saveGrades(rows).catch(() => {}); // a cache: failing to write it only costs time
  }
  return ids.flatMap((id) => (fresh.has(id) ? [fresh.get(id)!] : [])).sort((a, b) => b.startedAt - a.startedAt);
}

/** A finished attempt: store its summary and feed its outcomes to the missed-question schedule, once. */
export async function recordFinished(repo: AttemptRepository, attempt: Attempt): Promise<void> {
  const { report } = await reportFor(attempt);
  const stored = await repo.get(attempt.id);
  if (!stored?.summary) {
    const cards = new Map((await repo.cards()).map((c) => [c.itemId, c]));
    const outcomes = report.questions
      .filter((q) => q.inBank)
      .map((q) => ({ itemId: q.itemId, exam: attempt.exam, right: q.grade.state === 'right' }));
    await repo.saveCards(recordOutcomes(cards, outcomes, attempt.finishedAt ?? Date.now()));
  }
  await repo.save(JSON.parse(JSON.stringify({ ...attempt, summary: { scaled: report.scaled, passed: report.passed } })));
  await repo.saveGrades([gradeRow(attempt, report, (await bankVersions())[attempt.exam])]);
}

/**
 * Opens the attempt in this tab (after it holds the writer lock): replays journalled changes IndexedDB never received,
 * then the session claims the attempt for this tab's writer id.
 */
export async function openSession(
  repo: AttemptRepository,
  attempt: Attempt,
  tab: { writer: string; journal?: Journal; onFinished: (a: Attempt) => void; onStale: (message: string) => void },
): Promise<ExamSession> {
  const bank = await loadBank(attempt.exam);
  const latest = (tab.journal && (await journalled(tab.journal, attempt))) || attempt;
  return new ExamSession({ attempt: latest, bank, repo, ...tab });
}

/** A new full exam; items from the last two finished exams of the same code are used last. */
export async function newExam(repo: AttemptRepository, code: ExamCode, accommodation: boolean, confidenceOn = false): Promise<Attempt> {
  const exam = EXAMS[code];
  const bank = await loadBank(code);
  const previous = (await repo.list()).filter((a) => a.exam === code && a.status === 'finished').slice(0, 2).reverse();
  const recent = previous.flatMap((a) => a.form.questions.map((q) => q.itemId));
  const form = buildForm(bank.questions, exam, seed(), recent);
  return newAttempt({ id: crypto.randomUUID(), form, mode: 'exam', now: Date.now(), minutes: exam.minutes, accommodationMinutes: exam.accommodationMinutes, accommodation, confidenceOn });
}

export async function newPractice(
  repo: AttemptRepository,
  args: { exam: ExamCode; source: 'bank' | 'missed'; domains: number[]; count: number },
): Promise<Attempt | undefined> {
  const exam = EXAMS[args.exam];
  const bank = await loadBank(args.exam);
  let itemIds: string[] | undefined;
  if (args.source === 'missed') {
    // A question removed from the bank can never be practised: its card is dropped rather than staying due forever.
    const due = dueCards(await repo.cards(), args.exam, Date.now());
    const gone = due.filter((c) => !bank.byId.has(c.itemId)).map((c) => c.itemId);
    if (gone.length) await repo.deleteCards(gone);
    itemIds = due.filter((c) => bank.byId.has(c.itemId)).map((c) => c.itemId);
  }
  const form = buildPracticeForm(bank.questions, exam, seed(), { count: args.count, domains: args.domains, ...(itemIds ? { itemIds } : {}) });
  if (form.questions.length === 0) return undefined;
  return practiceAttempt(form, exam, { source: args.source, domains: args.domains });
}

/** A new practice session on `form`: no deadline, no accommodation, and what it was built from. */
function practiceAttempt(form: Attempt['form'], exam: (typeof EXAMS)[ExamCode], practice: NonNullable<Attempt['practice']>): Attempt {
  return newAttempt({ id: crypto.randomUUID(), form, mode: 'practice', now: Date.now(), minutes: exam.minutes, accommodationMinutes: 0, accommodation: false, practice });
}

/**
 * Practice on one task statement, for the study plan: the questions missed there first, then the ones due for
 * review, then the rest of the task statement's questions in random order.
 */
export async function newTaskPractice(
  repo: AttemptRepository,
  args: { exam: ExamCode; task: string; missed: readonly string[]; count: number },
): Promise<Attempt | undefined> {
  const exam = EXAMS[args.exam];
  const bank = await loadBank(args.exam);
  const inTask = bank.questions.filter((q) => q.task === args.task && !q.caseStudy);
  const ids = new Set(inTask.map((q) => q.id));
  const due = dueCards(await repo.cards(), args.exam, Date.now()).map((c) => c.itemId).filter((id) => ids.has(id));
  const s = seed();
  const rest = inTask.map((q) => q.id).sort((a, b) => hashOrder(a, s) - hashOrder(b, s));
  const itemIds = [...new Set([...args.missed.filter((id) => ids.has(id)), ...due, ...rest])];
  const form = buildPracticeForm(bank.questions, exam, s, { count: args.count, itemIds });
  if (form.questions.length === 0) return undefined;
  const domain = inTask[0]?.domain ?? 1;
  return practiceAttempt(form, exam, { source: 'bank', domains: [domain], task: args.task });
}

/** A stable pseudo-random rank of an id under a seed (a shuffle that needs no state). */
function hashOrder(id: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 2654435761) >>> 0;
  return h;
}

export interface RecentStudy {
  readonly diagnoses: TaskDiagnosis[];
  readonly needed: number;
  readonly basis: string;
  /**
   * Full exams' answers to questions seen there for the first time (never in an earlier attempt of any mode): a score
   * on them reflects knowledge, not remembered questions. `predicted` is the scaled score that accuracy gives on a
   * form of average difficulty, once there are enough of them.
   */
  readonly firstSeen: { readonly right: number; readonly total: number; readonly predicted?: number };
}

/** First-seen answers needed before readiness rests on them (two full forms' worth). */
export const FIRST_SEEN_ENOUGH = 100;

/** How many recent attempts the Trends study plan reads: the last full exams, and practice of the last weeks. */
export const RECENT_EXAMS = 5;
export const RECENT_PRACTICE = 10;

/**
 * The task-statement diagnosis of recent work per exam code: the last five full exams and up to ten practice
 * sessions, graded against today's bank. The share needed is the mean difficulty rating of the questions seen (the
 * same as a form's cut score ÷ its scored questions).
 */
export async function recentStudy(repo: AttemptRepository): Promise<Partial<Record<ExamCode, RecentStudy>>> {
  const finished = (await repo.list()).filter((a) => a.status === 'finished').sort((a, b) => b.startedAt - a.startedAt);
  const out: Partial<Record<ExamCode, RecentStudy>> = {};
  for (const code of EXAM_CODES) {
    const exams = finished.filter((a) => a.exam === code && a.mode === 'exam').slice(0, RECENT_EXAMS);
    const practice = finished.filter((a) => a.exam === code && a.mode === 'practice').slice(0, RECENT_PRACTICE);
    if (exams.length + practice.length === 0) continue;
    const bank = await loadBank(code);
    const outcomes: Outcome[] = [];
    let ratings = 0;
    for (const a of [...exams, ...practice])
      for (const fq of a.form.questions) {
        const item = bank.byId.get(fq.itemId);
        if (!item) continue;
        outcomes.push({ itemId: item.id, task: item.task, state: gradeQuestion(item, ownValue(a.responses, fq.itemId)).state, references: item.references });
        ratings += item.angoff;
      }
    const needed = outcomes.length ? ratings / outcomes.length : 0.7;
    const parts = [
      exams.length ? `your last ${exams.length === 1 ? 'full exam' : `${exams.length} full exams`}` : '',
      practice.length ? `${practice.length} recent practice session${practice.length === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    // First-seen accuracy, over every finished attempt of this code in the order they were sat.
    const seen = new Set<string>();
    const first = { right: 0, total: 0 };
    for (const a of finished.filter((x) => x.exam === code).reverse()) {
      for (const fq of a.form.questions) {
        if (a.mode === 'exam' && !seen.has(fq.itemId)) {
          const item = bank.byId.get(fq.itemId);
          if (item) {
            first.total++;
            if (gradeQuestion(item, ownValue(a.responses, fq.itemId)).state === 'right') first.right++;
          }
        }
      }
      for (const fq of a.form.questions) seen.add(fq.itemId);
    }
    const exam = EXAMS[code];
    const firstSeen =
      first.total >= FIRST_SEEN_ENOUGH
        ? { ...first, predicted: scaledScore((first.right / first.total) * exam.scoredCount, needed * exam.scoredCount, exam.scoredCount, exam.passingScore) }
        : first;
    out[code] = { diagnoses: diagnose(exam, outcomes, needed), needed, basis: `${parts.join(' and ')} (${outcomes.length} answers)`, firstSeen };
  }
  return out;
}

export const historyRows = gradedAttempts;

/** Full exams per exam code, oldest first, with their scores recomputed from the responses. */
export async function trendPoints(repo: AttemptRepository): Promise<Record<ExamCode, TrendPoint[]>> {
  const exams = (await gradedAttempts(repo)).filter((g) => g.mode === 'exam').reverse();
  return Object.fromEntries(
    EXAM_CODES.map((code) => [
      code,
      exams
        .filter((g) => g.exam === code)
        .map((g) => ({ id: g.attemptId, startedAt: g.startedAt, scaled: g.scaled, passed: g.passed, raw: g.raw, cut: g.cut, scoredCount: g.scoredCount, domains: g.domains })),
    ]),
  ) as Record<ExamCode, TrendPoint[]>;
}

/** Downloads every attempt and card as one JSON file; returns what it wrote. */
function download(backup: ReturnType<typeof makeBackup>, name: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(backup, null, 1)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function exportBackup(repo: AttemptRepository): Promise<{ attempts: number; cards: number }> {
  const backup = makeBackup(await repo.list(), await repo.cards(), Date.now());
  download(backup, 'aws-mock-exam-backup');
  return { attempts: backup.attempts.length, cards: backup.cards.length };
}

/** One attempt as a backup file the Data page can import: for a result that could not be saved. */
export function downloadAttempt(attempt: Attempt): void {
  download(makeBackup([attempt], [], Date.now()), `aws-mock-exam-attempt-${attempt.exam}`);
}

/** The score report of an attempt held only in memory (its finishing write failed). */
export async function shownFromMemory(attempt: Attempt): Promise<Shown> {
  return { attempt, ...(await reportFor(attempt)) };
}

/** Imports a backup file; the message says what was added, or why nothing was. */
export async function importBackup(repo: AttemptRepository, file: File): Promise<{ ok: boolean; text: string }> {
  if (file.size > MAX_BACKUP_BYTES)
    return {
      ok: false,
      text: `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a backup from this simulator is at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB. Nothing was imported.`,
    };
  const parsed = parseBackup(await file.text());
  if (!parsed.ok) return { ok: false, text: parsed.error };
  const r = await repo.importBackup(parsed.backup);
  // Questions the current bank no longer has are kept in the imported attempts but not scored.
  const missing = new Set<string>();
  const added = new Set(r.addedIds);
  for (const code of EXAM_CODES) {
    const own = parsed.backup.attempts.filter((a) => a.exam === code && added.has(a.id));
    if (own.length === 0) continue;
    const bank = await loadBank(code);
    for (const a of own) for (const q of a.form.questions) if (!bank.byId.has(q.itemId)) missing.add(q.itemId);
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return {
    ok: true,
    text:
      `Imported ${plural(r.attemptsAdded, 'attempt')} and ${plural(r.cardsAdded, 'scheduled question')}` +
      (r.attemptsSkipped ? `; ${r.attemptsSkipped} already here ${r.attemptsSkipped === 1 ? 'was' : 'were'} kept as ${r.attemptsSkipped === 1 ? 'it was' : 'they were'}` : '') +
      '.' +
      (r.runningSkipped
        ? ` ${plural(r.runningSkipped, 'unfinished exam')} in the file ${r.runningSkipped === 1 ? 'was' : 'were'} not imported, because an exam is already running here (or the file holds more than one).`
        : '') +
      (missing.size ? ` ${plural(missing.size, 'question')} ${missing.size === 1 ? 'is' : 'are'} no longer in the bank and ${missing.size === 1 ? 'is' : 'are'} not scored.` : ''),
  };
}
