/** Loads one exam's questions (compiled from the YAML bank at build time) on demand, so the start page stays small. */
import type { ExamCode } from '../../question-bank/exams.ts';
import type { BankQuestion } from '../../question-bank/schema.ts';

export interface LoadedBank {
  readonly questions: readonly BankQuestion[];
  readonly byId: ReadonlyMap<string, BankQuestion>;
}

const loaders: Record<ExamCode, () => Promise<{ default: BankQuestion[] }>> = {
  'MLA-C02': () => import('virtual:bank/mla-c02'),
  'MLA-C01': () => import('virtual:bank/mla-c01'),
  'AIF-C01': () => import('virtual:bank/aif-c01'),
};

const cache = new Map<ExamCode, Promise<LoadedBank>>();

export function loadBank(exam: ExamCode): Promise<LoadedBank> {
  let p = cache.get(exam);
  if (!p) {
    p = loaders[exam]().then(({ default: questions }) => ({ questions, byId: new Map(questions.map((q) => [q.id, q])) }));
    cache.set(exam, p);
  }
  return p;
}
