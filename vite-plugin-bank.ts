/**
 * Compiles the YAML question bank into the app at build time: `virtual:bank/<exam slug>` exports that exam's
 * validated questions, and `virtual:bank-versions` a short hash of each exam's questions (tiny, for caches of
 * grades that must be recomputed when an answer key changes). A bank problem fails the build with the same
 * messages as `npm run bank:check`.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { listBankFiles, loadBank } from './question-bank/load.ts';
import { formatProblem } from './question-bank/validate.ts';
import { EXAMS } from './question-bank/exams.ts';
import { withRich } from './question-bank/rich-parse.ts';

const PREFIX = 'virtual:bank/';
const VERSIONS = 'virtual:bank-versions';

export function questionBank(options: { dir?: string } = {}): Plugin {
  const root = process.cwd();
  const dir = resolve(root, options.dir ?? 'question-bank');
  return {
    name: 'question-bank',
    resolveId(id) {
      return id.startsWith(PREFIX) || id === VERSIONS ? '\0' + id : undefined;
    },
    load(id) {
      if (id === '\0' + VERSIONS) {
        for (const f of listBankFiles(dir)) this.addWatchFile(f);
        const { bank, problems } = loadBank(dir, root);
        if (problems.length) this.error(`The question bank has problems:\n${problems.map(formatProblem).join('\n')}`);
        const versions = Object.fromEntries(
          Object.values(EXAMS).map((e) => [e.code, bankVersion(bank.questions.filter((q) => q.exam === e.code))]),
        );
        return `export default ${JSON.stringify(versions)};`;
      }
      if (!id.startsWith('\0' + PREFIX)) return undefined;
      const slug = id.slice(PREFIX.length + 1);
      const exam = Object.values(EXAMS).find((e) => e.slug === slug);
      if (!exam) this.error(`No exam with folder name "${slug}"`);
      for (const f of listBankFiles(dir)) this.addWatchFile(f);
      const { bank, problems } = loadBank(dir, root);
      if (problems.length) this.error(`The question bank has problems:\n${problems.map(formatProblem).join('\n')}`);
      // Formatting (a Markdown subset) is parsed here, at build time, into a tree the app renders as elements.
      const questions = bank.questions.filter((q) => q.exam === exam!.code).map(withRich);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(questions))});`;
    },
  };
}

/** A short hash of an exam's questions: it changes whenever any key, option or angoff changes. */
export function bankVersion(questions: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(questions)).digest('hex').slice(0, 16);
}
