/**
 * From answers to a study plan, per task statement of the exam guide. Pure: takes graded outcomes, returns numbers.
 *
 * For each task statement: correct / seen, a 90 % Wilson score interval for the share correct, and a label against
 * the share of correct answers the passing standard needs (the form's cut score ÷ its scored questions): weak when the
 * whole interval lies below it, strong when it lies above, otherwise not enough data to say.
 */
import type { ExamDefinition } from '../question-bank/exams.ts';

/** One graded question, with what the study plan needs to know about it. */
export interface Outcome {
  readonly itemId: string;
  readonly task: string;
  readonly state: 'right' | 'wrong' | 'unanswered';
  readonly references: readonly { readonly title: string; readonly url: string }[];
}

export type TaskLabel = 'weak' | 'strong' | 'not enough data';

export interface TaskDiagnosis {
  readonly task: string;
  readonly title: string;
  readonly domain: number;
  readonly correct: number;
  readonly seen: number;
  /** 90 % interval of the share correct, 0–1. */
  readonly low: number;
  readonly high: number;
  readonly label: TaskLabel;
  /** Documentation cited by the questions missed here: each page once, the most cited first. */
  readonly pages: readonly { readonly title: string; readonly url: string; readonly count: number }[];
  /** The questions missed here (wrong or unanswered). */
  readonly missed: readonly string[];
}

/** z for a two-sided 90 % interval. */
export const Z90 = 1.6448536269514722;

/** Wilson score interval for `correct` successes in `n` trials; [0, 1] when there is no trial. */
export function wilson(correct: number, n: number, z = Z90): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const p = correct / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export function labelFor(low: number, high: number, needed: number): TaskLabel {
  if (high < needed) return 'weak';
  if (low > needed) return 'strong';
  return 'not enough data';
}

/**
 * Diagnoses every task statement of the exam (in guide order) from the outcomes; `needed` is the share correct the
 * passing standard needs (cut ÷ scored questions).
 */
export function diagnose(exam: ExamDefinition, outcomes: readonly Outcome[], needed: number): TaskDiagnosis[] {
  return exam.domains.flatMap((d) =>
    d.tasks.map((t): TaskDiagnosis => {
      const mine = outcomes.filter((o) => o.task === t.id);
      const correct = mine.filter((o) => o.state === 'right').length;
      const { low, high } = wilson(correct, mine.length);
      const missed = mine.filter((o) => o.state !== 'right');
      const byUrl = new Map<string, { title: string; url: string; count: number; first: number }>();
      missed.forEach((o, i) => {
        for (const r of o.references) {
          const had = byUrl.get(r.url);
          if (had) had.count++;
          else byUrl.set(r.url, { title: r.title, url: r.url, count: 1, first: i });
        }
      });
      const pages = [...byUrl.values()]
        .sort((a, b) => b.count - a.count || a.first - b.first)
        .map(({ title, url, count }) => ({ title, url, count }));
      return {
        task: t.id,
        title: t.title,
        domain: d.id,
        correct,
        seen: mine.length,
        low,
        high,
        label: mine.length ? labelFor(low, high, needed) : 'not enough data',
        pages,
        missed: [...new Set(missed.map((o) => o.itemId))],
      };
    }),
  );
}

/**
 * The study plan: task statements with something missed, weakest first (weak before undecided before strong; then the
 * lower share correct; then the more questions missed).
 */
export function studyPlan(diagnoses: readonly TaskDiagnosis[]): TaskDiagnosis[] {
  const rank: Record<TaskLabel, number> = { weak: 0, 'not enough data': 1, strong: 2 };
  return diagnoses
    .filter((d) => d.missed.length > 0)
    .sort((a, b) => rank[a.label] - rank[b.label] || a.correct / a.seen - b.correct / b.seen || b.missed.length - a.missed.length || a.task.localeCompare(b.task));
}

/** How answers changed during an attempt, from its log: each question's first answer against its last. */
export interface AnswerChanges {
  readonly wrongToRight: readonly string[];
  readonly rightToWrong: readonly string[];
  readonly wrongToWrong: readonly string[];
}

export function answerChanges(
  log: readonly { kind: string; itemId: string; response?: unknown }[],
  isRight: (itemId: string, response: unknown) => boolean,
): AnswerChanges {
  const first = new Map<string, unknown>();
  const last = new Map<string, unknown>();
  for (const e of log) {
    if (e.kind !== 'answer' || e.response == null) continue;
    if (!first.has(e.itemId)) first.set(e.itemId, e.response);
    last.set(e.itemId, e.response);
  }
  const out = { wrongToRight: [] as string[], rightToWrong: [] as string[], wrongToWrong: [] as string[] };
  for (const [id, a] of first) {
    const b = last.get(id);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const ra = isRight(id, a);
    const rb = isRight(id, b);
    if (!ra && rb) out.wrongToRight.push(id);
    else if (ra && !rb) out.rightToWrong.push(id);
    else if (!ra && !rb) out.wrongToWrong.push(id);
  }
  return out;
}

export type Confidence = 'sure' | 'unsure' | 'guess';

/** Accuracy by the confidence the candidate gave; questions without a mark are left out. */
export function calibration(
  marks: Readonly<Record<string, Confidence>>,
  states: ReadonlyMap<string, 'right' | 'wrong' | 'unanswered'>,
): Record<Confidence, { right: number; total: number }> {
  const out: Record<Confidence, { right: number; total: number }> = { sure: { right: 0, total: 0 }, unsure: { right: 0, total: 0 }, guess: { right: 0, total: 0 } };
  for (const [id, c] of Object.entries(marks)) {
    const s = states.get(id);
    if (!s || !(c in out)) continue;
    out[c].total++;
    if (s === 'right') out[c].right++;
  }
  return out;
}
