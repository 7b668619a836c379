// The quality gates of bank:check on tiny fixture banks: each bank breaks one gate and fails with a message naming
// the exam, the statistic, its value, the limit and the worst items; a clean bank passes.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { formatProblem, validateBank } from '../../question-bank/validate.ts';

const ref = [{ title: 'Amazon S3', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html' }];
/** A stem of words no other item shares, so fixtures never count as near-duplicates by accident. */
const stem = (n: number, tail = '') => Array.from({ length: 12 }, (_, k) => `w${n}x${k}`).join(' ') + tail;
const opt = (id: string, length: number, correct = false) => ({ id, text: id.repeat(length), ...(correct ? { correct } : {}), rationale: 'Why.' });

const mc = (n: number, keyLength = 20) => ({
  id: `mla-1.1-${String(n).padStart(3, '0')}`, type: 'multiple-choice', domain: 1, task: '1.1', skill: '1.1.formats', angoff: 0.6, references: ref,
  stem: stem(n, '?'),
  options: [opt('a', keyLength, true), opt('b', 20), opt('c', 20), opt('d', 20)],
});
const mr = (n: number, keyLength = 20) => ({
  id: `mla-1.1-${String(n).padStart(3, '0')}`, type: 'multiple-response', domain: 1, task: '1.1', skill: '1.1.formats', angoff: 0.5, references: ref, select: 2,
  stem: stem(n, ' (Select TWO.)'),
  options: [opt('a', keyLength, true), opt('b', keyLength, true), opt('c', 20), opt('d', 20), opt('e', 20)],
});
const ord = (n: number, keyLength = 20) => ({
  id: `mla-1.1-${String(n).padStart(3, '0')}`, type: 'ordering', domain: 1, task: '1.1', skill: '1.1.formats', angoff: 0.5, references: ref,
  stem: stem(n, ' (Select and order THREE. Each step should be selected one time or not at all.)'),
  steps: [
    { id: 's1', text: 'a'.repeat(keyLength), rationale: 'r' },
    { id: 's2', text: 'b'.repeat(keyLength), rationale: 'r' },
    { id: 's3', text: 'c'.repeat(keyLength), rationale: 'r' },
    { id: 's4', text: 'd'.repeat(20), rationale: 'r' },
  ],
  answer: ['s1', 's2', 's3'],
});

function bankCheck(items: unknown[]): { code: number; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gates-'));
  mkdirSync(join(dir, 'mla'));
  writeFileSync(join(dir, 'mla', '1.1.yaml'), stringify({ exam: 'MLA-C01', items }));
  try {
    const stdout = execFileSync('npx', ['tsx', 'question-bank/cli/check.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { code: err.status, out: err.stderr };
  }
}

// Two of eight multiple-choice keys one character longer than the distractors: 0.25, as chance would have it.
const clean = () => [...Array.from({ length: 8 }, (_, i) => mc(i + 1, i < 2 ? 21 : 20)), mr(9), ord(10)];

// Each test runs the command line once (a few seconds on a busy machine).
describe('bank:check quality gates', { timeout: 30_000 }, () => {
  it('passes a bank with no length cue and no near-duplicate', () => {
    const { code, out } = bankCheck(clean());
    expect(out).toMatch(/10 questions .* pass the quality gates/);
    expect(code).toBe(0);
  });

  it('fails when the key is strictly the longest option too often, naming those items', () => {
    // 4 of 10 multiple-choice keys one character longer than every distractor: 0.4 > 0.30, mean ratio still 1.02.
    const items = Array.from({ length: 10 }, (_, i) => mc(i + 1, i < 4 ? 21 : 20));
    const { code, out } = bankCheck(items);
    expect(code).toBe(1);
    expect(out).toContain('MLA-C01: keyLongestShare is 0.4, limit 0.15–0.3; worst items: mla-1.1-001 (1.05), mla-1.1-002 (1.05), mla-1.1-003 (1.05), mla-1.1-004 (1.05)');
    expect(out).not.toMatch(/keyLengthRatio|nearDuplicates|orderingKeyLongerShare/);
  });

  it('fails when the key is almost never the longest, which teaches "never pick the longest"', () => {
    const items = Array.from({ length: 10 }, (_, i) => mc(i + 1, i === 0 ? 21 : 20));
    const { code, out } = bankCheck(items);
    expect(code).toBe(1);
    expect(out).toMatch(/MLA-C01: keyLongestShare is 0\.1, limit 0\.15–0\.3; worst items: mla-1\.1-002 \(1\), /);
  });

  it('fails when keyed options are longer than distractors on average', () => {
    const items = [...clean(), mr(11, 40), mr(12, 40)];
    const { code, out } = bankCheck(items);
    expect(code).toBe(1);
    // 8 multiple-choice at about 1, one multiple-response at 1, two at 2 (the ordering item has no options)
    expect(out).toMatch(/MLA-C01: keyLengthRatio is 1\.191, limit 0\.9–1\.1; worst items: mla-1\.1-011 \(2\), mla-1\.1-012 \(2\),/);
  });

  it('fails when keyed ordering steps are all longer than the distractor steps', () => {
    const items = [...clean(), ord(11, 30), ord(12, 30)];
    const { code, out } = bankCheck(items);
    expect(code).toBe(1);
    expect(out).toContain('MLA-C01: orderingKeyLongerShare is 0.667, limit ≤ 0.3; worst items: mla-1.1-011, mla-1.1-012');
  });

  it('fails on two questions that share half their word trigrams, with the figure', () => {
    const twin = { ...mc(11), stem: mc(3).stem.replace('w3x11', 'changed') };
    const { code, out } = bankCheck([...clean(), twin]);
    expect(code).toBe(1);
    expect(out).toMatch(/MLA-C01: nearDuplicates is 1, limit 0 pairs with similarity ≥ 0\.5; worst items: mla-1\.1-003 ~ mla-1\.1-011 \(0\.\d+\)/);
  });

  it('warns about similar pairs that are not declared enemies, and stops once they are', () => {
    // Half the stem in common: similar enough to review, not a near-duplicate.
    const cousin = (enemies?: string[]) => ({ ...mc(11), stem: `${mc(3).stem.split(' ').slice(0, 8).join(' ')} ${stem(11)}`, ...(enemies ? { enemies } : {}) });
    const undeclared = bankCheck([...clean(), cousin()]);
    expect(undeclared.code).toBe(0);
    const declared = bankCheck([...clean(), cousin(['mla-1.1-003'])]);
    expect(declared.code).toBe(0);
    expect(declared.out).not.toMatch(/warning/);
  });
});

describe('bank:check ids, references and enemies', () => {
  const check = (items: unknown[]) => validateBank([{ file: 'f.yaml', content: { exam: 'MLA-C01', items } }]).problems.map(formatProblem);

  it('rejects ids that every JavaScript object already has', () => {
    const item = mc(1);
    item.id = 'constructor';
    item.options[1]!.id = 'constructor';
    const problems = check([item]);
    expect(problems).toContain('f.yaml: constructor: id: must not be a name every JavaScript object already has (such as "constructor" or "toString")');
    expect(problems).toContain('f.yaml: constructor: options[1].id: must not be a name every JavaScript object already has (such as "constructor" or "toString")');
  });

  it('rejects the same reference URL twice in one item', () => {
    const item = { ...mc(1), references: [ref[0], { ...ref[0], title: 'Again' }] };
    expect(check([item])).toEqual([`f.yaml: mla-1.1-001: references: lists ${ref[0]!.url} more than once`]);
  });

  it('rejects a skill of another task statement and a skill the guide does not list', () => {
    const aif = (skill: string) => ({ ...mc(1), id: 'aif-2.1-001', task: '2.1', domain: 2, skill });
    const problems = (skill: string) =>
      validateBank([{ file: 'aif.yaml', content: { exam: 'AIF-C01', items: [aif(skill)] } }]).problems.map(formatProblem);
    expect(problems('2.1.4')).toEqual([]);
    expect(problems('2.2.1')).toEqual(['aif.yaml: aif-2.1-001: skill: is 2.2.1 but the item tests task 2.1']);
    expect(problems('2.1.9')).toEqual(['aif.yaml: aif-2.1-001: skill: AIF-C01 task 2.1 has no skill 2.1.9']);
  });

  it('rejects an enemy that is missing, the item itself or a question of another exam', () => {
    const files = [
      { file: 'mla.yaml', content: { exam: 'MLA-C01', items: [{ ...mc(1), enemies: ['mla-1.1-001', 'mla-9.9-999', 'aif-1.1-001'] }, mc(2)] } },
      { file: 'aif.yaml', content: { exam: 'AIF-C01', items: [{ ...mc(3), id: 'aif-1.1-001', skill: '1.1.1' }] } },
    ];
    expect(validateBank(files).problems.map(formatProblem)).toEqual([
      'mla.yaml: mla-1.1-001: enemies[0]: names the item itself',
      'mla.yaml: mla-1.1-001: enemies[1]: names "mla-9.9-999", which is not a question in the bank',
      'mla.yaml: mla-1.1-001: enemies[2]: names "aif-1.1-001", a AIF-C01 question; enemies must share an exam with the item',
    ]);
  });
});
