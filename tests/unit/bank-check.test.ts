// bank:check on broken fixtures, one per rule: each message names the file, the item id and the field path.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { formatProblem, validateBank } from '../../question-bank/validate.ts';

const FILE = 'question-bank/mla/1.1.yaml';
const ref = [{ title: 'Amazon S3', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html' }];
const mc = (over: Record<string, unknown> = {}) => ({
  id: 'mla-1.1-001', type: 'multiple-choice', domain: 1, task: '1.1', skill: '1.1.formats', angoff: 0.7, references: ref,
  stem: 'A company needs durable object storage for training data. Which service meets this need?',
  options: [
    { id: 'a', text: 'Amazon S3', correct: true, rationale: 'Object storage.' },
    { id: 'b', text: 'Amazon EBS', rationale: 'Block storage for one instance.' },
    { id: 'c', text: 'Amazon EFS', rationale: 'A shared file system.' },
    { id: 'd', text: 'Instance store', rationale: 'Ephemeral.' },
  ],
  ...over,
});
const mr = (over: Record<string, unknown> = {}) => ({
  id: 'mla-1.1-002', type: 'multiple-response', domain: 1, task: '1.1', skill: '1.1.formats', angoff: 0.5, references: ref, select: 2,
  stem: 'Which formats are columnar? (Select TWO.)',
  options: ['Parquet', 'ORC', 'CSV', 'JSON', 'RecordIO'].map((t, i) => ({ id: 'abcde'[i], text: t, correct: i < 2, rationale: 'r' })),
  ...over,
});
const ord = (over: Record<string, unknown> = {}) => ({
  id: 'mla-1.1-003', type: 'ordering', domain: 1, task: '1.1', skill: '1.1.formats', angoff: 0.5, references: ref,
  stem: 'Order the ingestion steps. (Select and order THREE. Each step should be selected one time or not at all.)',
  steps: ['s1', 's2', 's3', 's4'].map((id) => ({ id, text: `step ${id}`, rationale: 'r' })),
  answer: ['s1', 's2', 's3'],
  ...over,
});
const mat = (over: Record<string, unknown> = {}) => ({
  id: 'mla-1.1-004', type: 'matching', domain: 1, task: '1.1', skill: '1.1.formats', angoff: 0.6, references: ref, reuse: 'once',
  stem: 'Match each data source to its service. Each response is used one time.',
  prompts: [
    { id: 'p1', text: 'clickstream', answer: 'r1', rationale: 'r' },
    { id: 'p2', text: 'logs to S3', answer: 'r2', rationale: 'r' },
    { id: 'p3', text: 'SQL over S3', answer: 'r3', rationale: 'r' },
  ],
  responses: [{ id: 'r1', text: 'Kinesis Data Streams' }, { id: 'r2', text: 'Amazon Data Firehose' }, { id: 'r3', text: 'Athena' }],
  ...over,
});

function check(items: unknown[], file = FILE): string[] {
  return validateBank([{ file, content: { exam: 'MLA-C01', items } }]).problems.map(formatProblem);
}

describe('bank:check', () => {
  it('accepts valid items of every type', () => {
    expect(check([mc(), mr(), ord(), mat()])).toEqual([]);
  });

  it('names a missing rationale by file, id and path', () => {
    const item = mc();
    delete (item.options as Record<string, unknown>[])[3]!.rationale;
    expect(check([item])).toEqual([`${FILE}: mla-1.1-001: options[3].rationale: required`]);
  });

  it('rejects a YAML syntax error naming the file', () => {
    const content = (() => { try { return parse('exam: MLA-C01\nitems:\n  - id: [unclosed'); } catch (e) { return { parseError: (e as Error).message.split('\n')[0] }; } })();
    const [p] = validateBank([{ file: FILE, content }]).problems.map(formatProblem);
    expect(p).toMatch(new RegExp(`^${FILE}: cannot be read: `));
  });

  it('rejects duplicate ids', () => {
    expect(check([mc(), mc({ stem: 'Something else entirely about storage classes and lifecycle rules.' })])).toEqual([
      `${FILE}: mla-1.1-001: id: duplicate id (also used in ${FILE})`,
    ]);
  });

  it('rejects near-duplicate stems', () => {
    const p = check([mc(), mc({ id: 'mla-1.1-009', stem: 'A company needs durable object storage for its training data. Which service meets this need?' })]);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/mla-1\.1-009: stem: nearly the same as mla-1\.1-001/);
  });

  it('rejects a multiple-choice item without exactly one correct option', () => {
    const item = mc();
    (item.options as { correct?: boolean }[])[1]!.correct = true;
    expect(check([item])).toEqual([`${FILE}: mla-1.1-001: options: must have exactly one correct option (has 2)`]);
  });

  it('rejects a "select N" count that disagrees with the key', () => {
    expect(check([mr({ select: 3, stem: 'Which formats are columnar? (Select THREE.)' })])).toEqual([
      `${FILE}: mla-1.1-002: select: says select 3 but the key marks 2 options correct`,
    ]);
  });

  it('rejects a stem that does not say how many to select', () => {
    expect(check([mr({ stem: 'Which formats are columnar?' })])).toEqual([
      `${FILE}: mla-1.1-002: stem: must end by saying "(Select TWO.)" to match select: 2`,
    ]);
  });

  it('rejects an ordering key that points at a missing step', () => {
    expect(check([ord({ answer: ['s1', 's9', 's3'] })])).toEqual([
      `${FILE}: mla-1.1-003: answer[1]: names step "s9", which is not in steps`,
    ]);
  });

  it('rejects a matching key that points at a missing response or breaks the reuse rule', () => {
    const missing = mat();
    (missing.prompts as { answer: string }[])[2]!.answer = 'r7';
    expect(check([missing])).toContain(`${FILE}: mla-1.1-004: prompts[2].answer: names response "r7", which is not in responses`);
    const reused = mat();
    (reused.prompts as { answer: string }[])[2]!.answer = 'r1';
    expect(check([reused])).toContain(`${FILE}: mla-1.1-004: prompts: response "r1" is the answer 2 times, but reuse: once allows it once`);
  });

  it('rejects a task that the exam does not have, and a domain that does not own the task', () => {
    expect(check([mc({ task: '5.1' })], 'question-bank/mla/extra.yaml')).toEqual([
      'question-bank/mla/extra.yaml: mla-1.1-001: task: MLA-C01 has no task statement 5.1',
    ]);
    expect(check([mc({ domain: 2 })])).toEqual([`${FILE}: mla-1.1-001: domain: is 2 but task 1.1 belongs to domain 1`]);
  });

  it('rejects an item filed under another task statement', () => {
    expect(check([mc({ id: 'mla-1.2-001', task: '1.2', skill: '1.2.cleaning' })])).toEqual([`${FILE}: mla-1.2-001: task: is 1.2 but the file holds task 1.1`]);
  });

  it('rejects an angoff out of range, an unknown field and a reference that is not AWS documentation', () => {
    expect(check([mc({ angoff: 1.2 })])).toEqual([`${FILE}: mla-1.1-001: angoff: must be between 0.05 and 0.98`]);
    expect(check([mc({ rationle: 'typo' })])).toEqual([`${FILE}: mla-1.1-001: unknown field "rationle"`]);
    expect(check([mc({ references: [{ title: 'blog', url: 'http://example.com/x' }] })])).toEqual([
      `${FILE}: mla-1.1-001: references[0].url: must be an https link to AWS documentation (a host ending in amazon.com or .aws)`,
    ]);
  });

  it('names the question inside a case study', () => {
    const q2 = ord({ id: 'mla-cs-x-2' });
    delete (q2 as Record<string, unknown>).answer;
    const cs = { id: 'mla-cs-x', type: 'case-study', title: 'X', scenario: 'A company…', questions: [mc({ id: 'mla-cs-x-1' }), q2] };
    expect(check([cs], 'question-bank/mla/case-study-x.yaml')).toEqual([
      'question-bank/mla/case-study-x.yaml: mla-cs-x-2: answer: required',
    ]);
    const lonely = { ...cs, questions: [mc({ id: 'mla-cs-x-1' })] };
    expect(check([lonely], 'question-bank/mla/case-study-x.yaml')).toEqual([
      'question-bank/mla/case-study-x.yaml: mla-cs-x: questions: a case study needs at least two questions',
    ]);
  });

  it('exits non-zero from the command line and prints each problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-'));
    mkdirSync(join(dir, 'mla'));
    writeFileSync(join(dir, 'mla', '1.1.yaml'), stringify({ exam: 'MLA-C01', items: [mc({ angoff: 0 })] }));
    let out = '';
    let code = 0;
    try {
      execFileSync('npx', ['tsx', 'question-bank/cli/check.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      code = err.status;
      out = err.stderr;
    }
    expect(code).toBe(1);
    expect(out).toMatch(/mla\/1\.1\.yaml: mla-1\.1-001: angoff: must be between 0\.05 and 0\.98/);
  });
});

describe('one bank folder for several exam codes (MLA-C01 and MLA-C02)', () => {
  const both = (items: unknown[], file = FILE) =>
    validateBank([{ file, content: { exams: ['MLA-C01', 'MLA-C02'], items } }]);

  it('gives an item to every code its file lists, or only to the codes it names itself', () => {
    const { bank, problems } = both([mc(), mc({ id: 'mla-1.1-005', exams: ['MLA-C01'], stem: 'Which storage keeps a training set for SageMaker AI at the lowest cost?' })]);
    expect(problems).toEqual([]);
    expect(bank.questions.map((q) => `${q.id} ${q.exam}`)).toEqual(['mla-1.1-001 MLA-C01', 'mla-1.1-001 MLA-C02', 'mla-1.1-005 MLA-C01']);
  });

  it('rejects an item tagged for a code whose guide does not hold its topic, and says which guide does', () => {
    expect(both([mc({ skill: '1.1.vector-stores' })]).problems.map(formatProblem)).toEqual([
      `${FILE}: mla-1.1-001: skill: is 1.1.vector-stores, a topic of the MLA-C02 guide only, but the item is tagged MLA-C01`,
    ]);
    expect(both([mc({ skill: '1.1.vector-stores', exams: ['MLA-C02'] })]).problems).toEqual([]);
    const c01Only = validateBank([{ file: FILE, content: { exam: 'MLA-C02', items: [mc({ id: 'mla-1.3-001', task: '1.3', skill: '1.3.training-input' })] } }]);
    expect(c01Only.problems.map(formatProblem)).toContain(
      `${FILE}: mla-1.3-001: skill: is 1.3.training-input, a topic of the MLA-C01 guide only, but the item is tagged MLA-C02`,
    );
  });

  it('requires ML Engineer items to name the topic they test', () => {
    expect(both([mc({ skill: undefined })]).problems.map(formatProblem)).toEqual([
      `${FILE}: mla-1.1-001: skill: required: MLA-C01 items name the guide skill they test`,
      `${FILE}: mla-1.1-001: skill: required: MLA-C02 items name the guide skill they test`,
    ]);
  });

  it('rejects an item naming a code its file does not list, a file naming both exam and exams, and a code in the wrong folder', () => {
    const wrong = validateBank([{ file: FILE, content: { exams: ['MLA-C02'], items: [mc({ exams: ['MLA-C01'] })] } }]);
    expect(wrong.problems.map(formatProblem)).toEqual([`${FILE}: mla-1.1-001: exams[0]: is MLA-C01, which the file does not list (MLA-C02)`]);
    const twice = validateBank([{ file: FILE, content: { exam: 'MLA-C01', exams: ['MLA-C02'], items: [] } }]);
    expect(twice.problems.map(formatProblem)).toEqual([`${FILE}: exam: name the exam in either "exam" (one code) or "exams" (a list), not both and not neither`]);
    const folder = validateBank([{ file: 'question-bank/aif-c01/1.1.yaml', content: { exams: ['MLA-C02'], items: [] } }]);
    expect(folder.problems.map(formatProblem)).toEqual(['question-bank/aif-c01/1.1.yaml: exams: names MLA-C02 but the aif-c01 folder holds AIF-C01 items']);
  });

  it('accepts an enemy that shares one code with the item', () => {
    const files = [
      { file: 'question-bank/mla/1.1-c02.yaml', content: { exams: ['MLA-C02'], items: [mc({ id: 'mla-1.1-201', skill: '1.1.vector-stores', enemies: ['mla-1.1-001'] })] } },
      { file: FILE, content: { exams: ['MLA-C01', 'MLA-C02'], items: [mc({ stem: 'Which service stores objects durably for ML training data at any scale?' })] } },
    ];
    expect(validateBank(files).problems.map(formatProblem)).toEqual([]);
  });
});
