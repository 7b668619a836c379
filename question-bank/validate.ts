/**
 * Pure validation of bank files: takes already-parsed file contents, returns the questions and every problem,
 * each naming the file, the item id and the field path in words an author understands.
 */
import { z } from 'zod';
import { bankFileSchema, caseStudySchema, questionSchema, type BankQuestion, type CaseStudy, type Question } from './schema.ts';
import { codesInFolder, EXAM_CODES, EXAMS, findTask, type ExamCode } from './exams.ts';
import { GUIDE_SKILLS } from './skills/index.ts';
import { mlaTopicCodes } from './skills/mla.ts';
import { parseRich, textFields } from './rich-parse.ts';

export interface BankProblem {
  readonly file: string;
  readonly itemId: string;
  readonly path: string;
  readonly message: string;
}

export interface ParsedFile {
  readonly file: string; // path relative to the project, e.g. question-bank/mla/2.2.yaml
  readonly content: unknown; // the parsed YAML/JSON, or a ParseFailure
}
export interface ParseFailure {
  readonly parseError: string;
}

export interface Bank {
  readonly questions: readonly BankQuestion[];
  readonly caseStudies: readonly (CaseStudy & { exam: ExamCode })[];
}

export function formatProblem(p: BankProblem): string {
  return [p.file, p.itemId, p.path, p.message].filter(Boolean).join(': ');
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${String(seg)}` : String(seg);
  return out;
}

function zodMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array' && !/needs|must/.test(issue.message)) return `needs at least ${issue.minimum} entries`;
      return issue.message;
    case 'too_big':
      if (issue.origin === 'array' && !/allows|may/.test(issue.message)) return `allows at most ${issue.maximum} entries`;
      return issue.message;
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? 'required' : issue.message.replace(/^Invalid input: /, '');
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message;
  }
}

function idOf(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `item #${index + 1}`;
}

/** Lower-case word set of a stem, for near-duplicate detection. */
function stemWords(stem: string): Set<string> {
  return new Set(stem.toLowerCase().match(/[a-z0-9]+/g) ?? []);
}

/** Jaccard similarity of two word sets (0–1). */
function similarity(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

export const NEAR_DUPLICATE_THRESHOLD = 0.85;

export function validateBank(files: readonly ParsedFile[]): { bank: Bank; problems: BankProblem[] } {
  const problems: BankProblem[] = [];
  const questions: BankQuestion[] = [];
  const caseStudies: (CaseStudy & { exam: ExamCode })[] = [];
  const where = new Map<string, string>(); // id -> file
  const stems: { id: string; file: string; words: Set<string> }[] = [];
  const enemyLists: { id: string; file: string; codes: readonly ExamCode[]; enemies: readonly string[] }[] = [];

  const claimId = (file: string, id: string, path: string) => {
    const first = where.get(id);
    if (first !== undefined) problems.push({ file, itemId: id, path, message: `duplicate id (also used in ${first})` });
    else where.set(id, file);
  };

  for (const { file, content } of files) {
    if (content && typeof content === 'object' && 'parseError' in content) {
      problems.push({ file, itemId: '', path: '', message: `cannot be read: ${(content as ParseFailure).parseError}` });
      continue;
    }
    const head = bankFileSchema.safeParse(content);
    if (!head.success) {
      for (const issue of head.error.issues)
        problems.push({ file, itemId: '', path: formatPath(issue.path), message: zodMessage(issue) });
      continue;
    }
    const fileCodes: readonly ExamCode[] = head.data.exams ?? [head.data.exam!];
    const folder = file.split('/').at(-2) ?? '';
    const folderCodes = codesInFolder(folder);
    for (const code of fileCodes)
      if (folderCodes.length && !folderCodes.includes(code))
        problems.push({ file, itemId: '', path: head.data.exams ? 'exams' : 'exam', message: `names ${code} but the ${folder} folder holds ${folderCodes.join(' and ')} items` });
    for (const code of new Set(fileCodes).size < fileCodes.length ? fileCodes : [])
      problems.push({ file, itemId: '', path: 'exams', message: `lists ${code} more than once` });
    const fileTask = /(?:^|\/)(\d\.\d)(?:-[a-z0-9]+)?\.ya?ml$/.exec(file)?.[1];

    /** The exams an item belongs to: its own list, which must lie inside the file's, or the file's. */
    const codesOf = (own: readonly string[] | undefined, itemId: string, pathPrefix: string): ExamCode[] => {
      if (!own) return [...fileCodes];
      const out: ExamCode[] = [];
      own.forEach((c, i) => {
        if (!(EXAM_CODES as readonly string[]).includes(c))
          problems.push({ file, itemId, path: `${pathPrefix}exams[${i}]`, message: `must be one of: ${EXAM_CODES.join(', ')}` });
        else if (!fileCodes.includes(c as ExamCode))
          problems.push({ file, itemId, path: `${pathPrefix}exams[${i}]`, message: `is ${c}, which the file does not list (${fileCodes.join(', ')})` });
        else if (out.includes(c as ExamCode)) problems.push({ file, itemId, path: `${pathPrefix}exams[${i}]`, message: `lists ${c} more than once` });
        else out.push(c as ExamCode);
      });
      return out;
    };

    const checkQuestion = (q: Question, codes: readonly ExamCode[], pathPrefix: string) => {
      for (const code of codes) {
        const exam = EXAMS[code];
        const found = findTask(exam, q.task);
        if (!found) {
          problems.push({ file, itemId: q.id, path: `${pathPrefix}task`, message: `${exam.code} has no task statement ${q.task}` });
        } else if (found.domain.id !== q.domain) {
          problems.push({ file, itemId: q.id, path: `${pathPrefix}domain`, message: `is ${q.domain} but task ${q.task} belongs to domain ${found.domain.id}` });
        }
        if (!found) continue;
        const guideSkills = GUIDE_SKILLS[code];
        const hasSkills = Object.keys(guideSkills).length > 0;
        if (q.skill === undefined) {
          if (hasSkills)
            problems.push({ file, itemId: q.id, path: `${pathPrefix}skill`, message: `required: ${code} items name the guide skill they test` });
        } else if (!q.skill.startsWith(`${q.task}.`)) {
          if (code === codes[0])
            problems.push({ file, itemId: q.id, path: `${pathPrefix}skill`, message: `is ${q.skill} but the item tests task ${q.task}` });
        } else if (hasSkills && !guideSkills[q.task]?.some((s) => s.id === q.skill)) {
          const elsewhere = mlaTopicCodes(q.skill);
          problems.push({
            file,
            itemId: q.id,
            path: `${pathPrefix}skill`,
            message: elsewhere
              ? `is ${q.skill}, a topic of the ${elsewhere.join(' and ')} guide only, but the item is tagged ${code}`
              : `${code} task ${q.task} has no skill ${q.skill}`,
          });
        }
      }
      // Formatting: only the Markdown subset the app renders (paragraphs, lists, inline code, emphasis), never HTML.
      for (const f of textFields(q))
        for (const message of parseRich(f.text, f.mode).problems) problems.push({ file, itemId: q.id, path: `${pathPrefix}${f.path}`, message });
      if (fileTask && q.task !== fileTask)
        problems.push({ file, itemId: q.id, path: `${pathPrefix}task`, message: `is ${q.task} but the file holds task ${fileTask}` });
      stems.push({ id: q.id, file, words: stemWords(q.stem) });
      if (q.enemies) enemyLists.push({ id: q.id, file, codes, enemies: q.enemies });
    };

    head.data.items.forEach((raw, index) => {
      const id = idOf(raw, index);
      if ((raw as { type?: unknown } | null)?.type === 'case-study') {
        const cs = caseStudySchema.safeParse(raw);
        if (!cs.success) {
          for (const issue of cs.error.issues) {
            // Name the case-study question itself when the problem is inside one.
            const [, qIndex] = issue.path;
            if (issue.path[0] === 'questions' && typeof qIndex === 'number') {
              const qRaw = (raw as { questions: unknown[] }).questions[qIndex];
              problems.push({ file, itemId: idOf(qRaw, qIndex), path: formatPath(issue.path.slice(2)), message: zodMessage(issue) });
            } else problems.push({ file, itemId: id, path: formatPath(issue.path), message: zodMessage(issue) });
          }
          return;
        }
        claimId(file, cs.data.id, 'id');
        for (const message of parseRich(cs.data.scenario, 'block').problems) problems.push({ file, itemId: cs.data.id, path: 'scenario', message });
        const csCodes = codesOf(cs.data.exams, cs.data.id, '');
        for (const code of csCodes) caseStudies.push({ ...cs.data, exam: code });
        for (const q of cs.data.questions) {
          claimId(file, q.id, 'id');
          const codes = q.exams ? codesOf(q.exams, q.id, '').filter((c) => csCodes.includes(c)) : csCodes;
          checkQuestion(q, codes, '');
          for (const code of codes)
            questions.push({
              ...q,
              exam: code,
              caseStudy: { id: cs.data.id, title: cs.data.title, scenario: cs.data.scenario },
            });
        }
        return;
      }
      const parsed = questionSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.push({ file, itemId: id, path: formatPath(issue.path), message: zodMessage(issue) });
        return;
      }
      claimId(file, parsed.data.id, 'id');
      const codes = codesOf(parsed.data.exams, parsed.data.id, '');
      checkQuestion(parsed.data, codes, '');
      for (const code of codes) questions.push({ ...parsed.data, exam: code });
    });
  }

  for (let i = 0; i < stems.length; i++)
    for (let j = i + 1; j < stems.length; j++) {
      const s = similarity(stems[i]!.words, stems[j]!.words);
      if (s >= NEAR_DUPLICATE_THRESHOLD)
        problems.push({
          file: stems[j]!.file,
          itemId: stems[j]!.id,
          path: 'stem',
          message: `nearly the same as ${stems[i]!.id} in ${stems[i]!.file} (${Math.round(s * 100)}% of words shared)`,
        });
    }

  const examsOf = new Map<string, ExamCode[]>();
  for (const q of questions) examsOf.set(q.id, [...(examsOf.get(q.id) ?? []), q.exam]);
  for (const { id, file, codes, enemies } of enemyLists)
    enemies.forEach((e, i) => {
      const other = examsOf.get(e);
      const message =
        e === id ? 'names the item itself'
        : other === undefined ? `names "${e}", which is not a question in the bank`
        : !other.some((c) => codes.includes(c)) ? `names "${e}", a ${other.join('/')} question; enemies must share an exam with the item`
        : undefined;
      if (message) problems.push({ file, itemId: id, path: `enemies[${i}]`, message });
    });

  return { bank: { questions, caseStudies }, problems };
}
