/**
 * npm run bank:stats [-- --json] [-- --cues]: items per exam by domain, task statement and type, the quality
 * statistics, and whether a form can be built. `--cues` lists every item's length cue, to find what to rewrite.
 */
import { resolve } from 'node:path';
import { loadBank } from '../load.ts';
import { formatProblem } from '../validate.ts';
import { bankStats } from '../stats.ts';
import { EXAMS, EXAM_CODES } from '../exams.ts';
import { buildForm } from '../../src/core/form.ts';
import { itemCue } from '../quality.ts';

const root = process.cwd();
const json = process.argv.includes('--json');
const dirArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const { bank, problems } = loadBank(resolve(root, dirArg ?? 'question-bank'), root);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s): run npm run bank:check. Items with problems are not counted.`);
}
const stats = bankStats(bank.questions);
if (process.argv.includes('--cues')) {
  // One line per item with a length cue: key/distractor length ratio, "KEY-LONGEST", "KEY-STEPS-LONGER".
  const seen = new Set<string>(); // an item serving two exam codes is listed once
  for (const q of bank.questions) {
    if (seen.has(q.id)) continue;
    seen.add(q.id);
    const c = itemCue(q);
    if (c.ratio === undefined && c.keyStepsLonger === undefined) continue;
    const flags = [c.keyLongest ? 'KEY-LONGEST' : '', c.keyStepsLonger ? 'KEY-STEPS-LONGER' : ''].filter(Boolean).join(' ');
    console.log(`${q.id}\t${c.ratio === undefined ? '-' : c.ratio.toFixed(2)}\t${flags}`);
  }
} else if (json) {
  console.log(JSON.stringify(stats));
} else {
  for (const code of EXAM_CODES) {
    const s = stats[code];
    const exam = EXAMS[code];
    const formNote = s.formTypes < s.total ? ` (${s.formTypes} of the types its forms use; the others serve practice)` : '';
    console.log(`\n${code} — ${exam.title}: ${s.total} items${formNote}, ${s.caseStudies} case studies`);
    for (const d of exam.domains) {
      console.log(`  Domain ${d.id} ${d.title} (${Math.round(d.weight * 100)}%): ${s.byDomain[d.id]}`);
      for (const t of d.tasks) {
        console.log(`    ${t.id} ${t.title}: ${s.byTask[t.id]}`);
        // Per guide skill where the exam records them; a 0 is a gap to fill.
        const skills = Object.entries(s.bySkill).filter(([id]) => id.startsWith(`${t.id}.`));
        if (skills.length) console.log(`      skills: ${skills.map(([id, n]) => `${id} ${n}`).join(', ')}`);
      }
    }
    console.log('  By type: ' + Object.entries(s.byType).map(([t, n]) => `${t} ${n}`).join(', '));
    console.log(
      `  Key longest ${s.keyLongestShare}, key/distractor length ${s.keyLengthRatio}, ordering keyed steps longer ${s.orderingKeyLongerShare}, ` +
        `near-duplicates ${s.nearDuplicates.length}, disjoint full forms ${s.disjointForms}, angoff ${Object.entries(s.angoff).map(([k, v]) => `${k} ${v}`).join(' ')}`,
    );
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
