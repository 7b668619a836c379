/**
 * Export and import of everything the simulator stores, as one versioned JSON file. A file is validated whole
 * before anything is written, so a corrupt, foreign or newer-version file changes nothing.
 */
import { z } from 'zod';
import { EXAM_CODES } from '../../question-bank/exams.ts';
import { attemptSchema, type Attempt } from '../exam/attempt.ts';
import type { StudyCard } from '../core/missed.ts';

export const BACKUP_FORMAT = 'aws-mock-exam-simulator-backup';
/**
 * Backup format history. 1: attempts and study cards. 2: attempts may carry confidence marks (`confidenceOn`,
 * `confidence`) and a practice set's task statement (`practice.task`). A version-1 file is read as version 2 whose
 * attempts simply have no marks.
 */
export const BACKUP_VERSION = 2;
const READABLE_VERSIONS = [1, 2] as const;
/** Larger files are refused before they are read: a year of daily exams is a few megabytes. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export const studyCardSchema = z.object({
  itemId: z.string(),
  exam: z.enum(EXAM_CODES),
  due: z.number(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number(),
  last_review: z.number().optional(),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union(READABLE_VERSIONS.map((v) => z.literal(v)) as [z.ZodLiteral<1>, z.ZodLiteral<2>]),
  exportedAt: z.number(),
  attempts: z.array(attemptSchema),
  cards: z.array(studyCardSchema),
});
export type Backup = z.infer<typeof backupSchema>;

export function makeBackup(attempts: readonly Attempt[], cards: readonly StudyCard[], now: number): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, attempts: [...attempts], cards: [...cards] };
}

/** The most faults a damaged backup is checked for before it is refused. */
export const MAX_ISSUES = 20;

function describeIssue(i: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): string {
  const path = [...prefix, ...i.path].map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${path}: ${i.message}`;
}

/** Up to MAX_ISSUES faults of a backup's header, attempts and cards, in file order. */
function firstIssues(data: Record<string, unknown>): string[] {
  const out: string[] = [];
  const head = backupSchema.pick({ format: true, version: true, exportedAt: true }).safeParse(data);
  if (!head.success) out.push(...head.error.issues.map((i) => describeIssue(i)));
  for (const [key, schema] of [['attempts', attemptSchema], ['cards', studyCardSchema]] as const) {
    const list = data[key];
    if (!Array.isArray(list)) {
      out.push(`${key}: must be a list`);
      continue;
    }
    for (let i = 0; i < list.length && out.length < MAX_ISSUES; i++) {
      const r = schema.safeParse(list[i]);
      if (!r.success) out.push(describeIssue(r.error.issues[0]!, [key, i]));
    }
  }
  return out.slice(0, MAX_ISSUES);
}

/** Reads a backup file's text; the error, when there is one, says what is wrong in words for the candidate. */
export function parseBackup(text: string): { ok: true; backup: Backup } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `This file is not valid JSON (${(e as Error).message}). Nothing was imported.` };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT)
    return { ok: false, error: 'This file is not a backup from this simulator. Nothing was imported.' };
  if (typeof head.version !== 'number' || !Number.isInteger(head.version))
    return { ok: false, error: 'This backup has no valid format version. Nothing was imported.' };
  if (head.version > BACKUP_VERSION)
    return {
      ok: false,
      error: `This backup was made by a newer version of the simulator (format version ${head.version}); this version reads version ${BACKUP_VERSION}. Update the app and try again. Nothing was imported.`,
    };
  // Attempts and cards are checked one by one, and the check stops after MAX_ISSUES faults: a large damaged file is
  // refused quickly, naming its first faults, instead of collecting every fault of every record.
  const issues = firstIssues(data as Record<string, unknown>);
  if (issues.length) {
    const more = issues.length >= MAX_ISSUES ? `; and at least ${MAX_ISSUES - 3} more` : issues.length > 3 ? `; and ${issues.length - 3} more` : '';
    return { ok: false, error: `This backup is damaged (${issues.slice(0, 3).join('; ')}${more}). Nothing was imported.` };
  }
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: `This backup is damaged (${describeIssue(parsed.error.issues[0]!)}). Nothing was imported.` };
  const wrong = inconsistencies(parsed.data);
  if (wrong.length)
    return { ok: false, error: `This backup does not hold together (${wrong.slice(0, 3).join('; ')}). Nothing was imported.` };
  // Upgrade: what an older version lacks, its attempts lack (no confidence marks, no practice task).
  return { ok: true, backup: { ...parsed.data, version: BACKUP_VERSION } };
}

/**
 * What makes a well-formed backup unusable: attempts that would blank the exam screen (an empty form, a position past
 * its last question, an id twice in a form, an option order or an ordering sequence) and attempt ids used twice.
 */
export function inconsistencies(backup: Backup): string[] {
  const out: string[] = [];
  const dupes = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
  const seen = new Set<string>();
  backup.attempts.forEach((a, i) => {
    const at = `attempts[${i}] (${a.id})`;
    if (seen.has(a.id)) out.push(`${at}: the attempt id appears twice`);
    seen.add(a.id);
    const qs = a.form.questions;
    if (qs.length === 0) out.push(`${at}: the form has no questions`);
    else if (a.current >= qs.length) out.push(`${at}: current question ${a.current + 1} is past the last (${qs.length})`);
    for (const d of new Set(dupes(qs.map((q) => q.itemId)))) out.push(`${at}: question ${d} appears twice in the form`);
    for (const q of qs) if (dupes(q.order).length) out.push(`${at}: question ${q.itemId} lists an option twice`);
    for (const [itemId, r] of Object.entries(a.responses))
      if (r.type === 'ordering' && dupes(r.sequence).length) out.push(`${at}: the answer to ${itemId} uses a step twice`);
    const inForm = new Set(qs.map((q) => q.itemId));
    for (const itemId of Object.keys(a.confidence ?? {}))
      if (!inForm.has(itemId)) out.push(`${at}: a confidence mark names ${itemId}, which is not in the form`);
  });
  return out;
}
