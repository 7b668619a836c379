/**
 * npm run bank:check [-- DIR]: validate every bank file and apply the quality gates; exit 1 on any problem.
 * Similar pairs that are not declared enemies are printed as warnings to review; they do not fail the check.
 */
import { resolve } from 'node:path';
import { formatProblem } from '../validate.ts';
import { loadBank } from '../load.ts';
import { EXAM_CODES } from '../exams.ts';
import { gateFailures, undeclaredEnemies } from '../quality.ts';

const root = process.cwd();
const dir = resolve(root, process.argv[2] ?? 'question-bank');
const { bank, problems } = loadBank(dir, root);
for (const p of problems) console.error(formatProblem(p));

const failures: string[] = [];
for (const code of EXAM_CODES) {
  const own = bank.questions.filter((q) => q.exam === code);
  if (own.length === 0) continue;
  for (const f of gateFailures(own))
    failures.push(`${code}: ${f.statistic} is ${f.value}, limit ${f.limit}; worst items: ${f.worst.join(', ')}`);
  const review = undeclaredEnemies(own);
  if (review.length) {
    console.warn(`${code}: ${review.length} similar pair(s) not declared enemies (review; declare \`enemies\` if they test the same fact):`);
    for (const p of review) console.warn(`  warning: ${p.a} ~ ${p.b} (${p.similarity})`);
  }
}
for (const f of failures) console.error(f);

const count = problems.length + failures.length;
if (count > 0) {
  console.error(`\nbank:check: ${count} problem${count === 1 ? '' : 's'} found.`);
  process.exit(1);
}
const perCode = EXAM_CODES.map((c) => `${c} ${bank.questions.filter((q) => q.exam === c).length}`).join(', ');
const items = new Set(bank.questions.map((q) => q.id)).size;
console.log(`bank:check: ${items} questions (${perCode}; ${new Set(bank.caseStudies.map((c) => c.id)).size} case studies) are valid and pass the quality gates.`);
