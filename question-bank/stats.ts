/** Bank statistics per exam: items by domain, task and type, and whether a full form can be built. Pure. */
import { EXAMS, EXAM_CODES, type ExamCode } from './exams.ts';
import type { BankQuestion } from './schema.ts';
import { QUESTION_TYPES } from './schema.ts';
import { buildForm } from '../src/core/form.ts';
import { qualityStats, type QualityStats } from './quality.ts';
import { GUIDE_SKILLS } from './skills/index.ts';

export interface ExamStats {
  total: number;
  /** Items of the question types the exam's guide lists, which its forms can hold (the rest serve practice). */
  formTypes: number;
  byDomain: Record<string, number>;
  byTask: Record<string, number>;
  byType: Record<string, number>;
  /** Items per guide skill, every recorded skill listed (0 shows a gap); empty when the exam records none. */
  bySkill: Record<string, number>;
  caseStudies: number;
  canFillForm: boolean;
  keyLongestShare: number;
  keyLengthRatio: number;
  orderingKeyLongerShare: number;
  nearDuplicates: QualityStats['nearDuplicates'];
  disjointForms: number;
  angoff: QualityStats['angoff'];
}

/**
 * How many forms the real assembler builds one after another, each using no question of the earlier ones and each
 * holding every question type the exam's guide lists; stops at the first that cannot be built.
 */
export function disjointForms(questions: readonly BankQuestion[], exam: (typeof EXAMS)[ExamCode], seed = 1): number {
  const used = new Set<string>();
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (let n = 0; ; n++) {
    let form;
    try {
      form = buildForm(questions.filter((q) => !used.has(q.id)), exam, seed + n);
    } catch {
      return n;
    }
    const kinds = new Set(form.questions.map((f) => (f.caseStudyId ? 'case-study' : byId.get(f.itemId)!.type)));
    if (!exam.guide.questionTypes.every((k) => kinds.has(k))) return n;
    for (const f of form.questions) used.add(f.itemId);
  }
}

export function bankStats(questions: readonly BankQuestion[]): Record<ExamCode, ExamStats> {
  const out = {} as Record<ExamCode, ExamStats>;
  for (const code of EXAM_CODES) {
    const exam = EXAMS[code];
    const own = questions.filter((q) => q.exam === code);
    const byDomain = Object.fromEntries(exam.domains.map((d) => [String(d.id), 0]));
    const byTask = Object.fromEntries(exam.domains.flatMap((d) => d.tasks.map((t) => [t.id, 0])));
    const byType: Record<string, number> = Object.fromEntries([...QUESTION_TYPES, 'case-study'].map((t) => [t, 0]));
    const bySkill: Record<string, number> = Object.fromEntries(
      Object.values(GUIDE_SKILLS[code]).flatMap((skills) => skills.map((s) => [s.id, 0])),
    );
    for (const q of own) {
      byDomain[String(q.domain)] = (byDomain[String(q.domain)] ?? 0) + 1;
      byTask[q.task] = (byTask[q.task] ?? 0) + 1;
      byType[q.caseStudy ? 'case-study' : q.type]!++;
      if (q.skill && Object.hasOwn(bySkill, q.skill)) bySkill[q.skill]!++;
    }
    let canFillForm = true;
    try {
      buildForm(own, exam, 1);
    } catch {
      canFillForm = false;
    }
    out[code] = {
      total: own.length,
      formTypes: own.filter((q) => exam.guide.questionTypes.includes(q.caseStudy ? 'case-study' : q.type)).length,
      byDomain,
      byTask,
      byType,
      bySkill,
      caseStudies: new Set(own.flatMap((q) => (q.caseStudy ? [q.caseStudy.id] : []))).size,
      canFillForm,
      ...qualityStats(own),
      disjointForms: disjointForms(own, exam),
    };
  }
  return out;
}
