/** Bank statistics per exam: items by domain, task and type, and whether a full form can be built. Pure. */
import { EXAMS, EXAM_CODES, type ExamCode } from './exams.ts';
import type { BankQuestion } from './schema.ts';
import { QUESTION_TYPES } from './schema.ts';
import { buildForm } from '../src/core/form.ts';

export interface ExamStats {
  total: number;
  byDomain: Record<string, number>;
  byTask: Record<string, number>;
  byType: Record<string, number>;
  caseStudies: number;
  canFillForm: boolean;
}

export function bankStats(questions: readonly BankQuestion[]): Record<ExamCode, ExamStats> {
  const out = {} as Record<ExamCode, ExamStats>;
  for (const code of EXAM_CODES) {
    const exam = EXAMS[code];
    const own = questions.filter((q) => q.exam === code);
    const byDomain = Object.fromEntries(exam.domains.map((d) => [String(d.id), 0]));
    const byTask = Object.fromEntries(exam.domains.flatMap((d) => d.tasks.map((t) => [t.id, 0])));
    const byType: Record<string, number> = Object.fromEntries([...QUESTION_TYPES, 'case-study'].map((t) => [t, 0]));
    for (const q of own) {
      byDomain[String(q.domain)] = (byDomain[String(q.domain)] ?? 0) + 1;
      byTask[q.task] = (byTask[q.task] ?? 0) + 1;
      byType[q.caseStudy ? 'case-study' : q.type]!++;
    }
    let canFillForm = true;
    try {
      buildForm(own, exam, 1);
    } catch {
      canFillForm = false;
    }
    out[code] = {
      total: own.length,
      byDomain,
      byTask,
      byType,
      caseStudies: new Set(own.flatMap((q) => (q.caseStudy ? [q.caseStudy.id] : []))).size,
      canFillForm,
    };
  }
  return out;
}
