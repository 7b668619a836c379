/** npm run bank:stats [-- --json]: items per exam by domain, task statement and type; can the bank fill a form? */
import { resolve } from 'node:path';
import { loadBank } from '../load.ts';
import { formatProblem } from '../validate.ts';
import { bankStats } from '../stats.ts';
import { EXAMS, EXAM_CODES } from '../exams.ts';
import { buildForm } from '../../src/core/form.ts';

const root = process.cwd();
const json = process.argv.includes('--json');
const dirArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const { bank, problems } = loadBank(resolve(root, dirArg ?? 'question-bank'), root);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s): run npm run bank:check. Items with problems are not counted.`);
}
const stats = bankStats(bank.questions);
if (json) {
  console.log(JSON.stringify(stats));
} else {
  for (const code of EXAM_CODES) {
    const s = stats[code];
    const exam = EXAMS[code];
    console.log(`\n${code} — ${exam.title}: ${s.total} items, ${s.caseStudies} case studies`);
    for (const d of exam.domains) {
      console.log(`  Domain ${d.id} ${d.title} (${Math.round(d.weight * 100)}%): ${s.byDomain[d.id]}`);
      for (const t of d.tasks) console.log(`    ${t.id} ${t.title}: ${s.byTask[t.id]}`);
    }
    console.log('  By type: ' + Object.entries(s.byType).map(([t, n]) => `${t} ${n}`).join(', '));
    if (s.canFillForm) console.log('  Can fill a full 65-question form: yes');
    else {
      try {
        buildForm(bank.questions, exam, 1);
      } catch (e) {
        console.log(`  Can fill a full 65-question form: no — ${(e as Error).message}`);
      }
    }
  }
}
