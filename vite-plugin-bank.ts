/**
 * Compiles the YAML question bank into the app at build time: `virtual:bank/<exam slug>` exports that exam's
 * validated questions. A bank problem fails the build with the same messages as `npm run bank:check`.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { listBankFiles, loadBank } from './question-bank/load.ts';
import { formatProblem } from './question-bank/validate.ts';
import { EXAMS } from './question-bank/exams.ts';

const PREFIX = 'virtual:bank/';

export function questionBank(options: { dir?: string } = {}): Plugin {
  const root = process.cwd();
  const dir = resolve(root, options.dir ?? 'question-bank');
  return {
    name: 'question-bank',
    resolveId(id) {
      return id.startsWith(PREFIX) ? '\0' + id : undefined;
    },
    load(id) {
      if (!id.startsWith('\0' + PREFIX)) return undefined;
      const slug = id.slice(PREFIX.length + 1);
      const exam = Object.values(EXAMS).find((e) => e.slug === slug);
      if (!exam) this.error(`No exam with folder name "${slug}"`);
      for (const f of listBankFiles(dir)) this.addWatchFile(f);
      const { bank, problems } = loadBank(dir, root);
      if (problems.length) this.error(`The question bank has problems:\n${problems.map(formatProblem).join('\n')}`);
      const questions = bank.questions.filter((q) => q.exam === exam!.code);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(questions))});`;
    },
  };
}
