/** npm run bank:check [-- DIR]: validate every bank file; exit 1 on any problem. */
import { resolve } from 'node:path';
import { formatProblem } from '../validate.ts';
import { loadBank } from '../load.ts';

const root = process.cwd();
const dir = resolve(root, process.argv[2] ?? 'question-bank');
const { bank, problems } = loadBank(dir, root);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\nbank:check: ${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
console.log(`bank:check: ${bank.questions.length} questions (${bank.caseStudies.length} case studies) are valid.`);
