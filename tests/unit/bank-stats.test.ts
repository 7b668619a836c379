// npm run bank:stats -- --json: counts per exam in the documented shape, and whether a full form can be built.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { matching, multipleChoice, ordering } from '../fixtures/bank.ts';

const run = (dir?: string) =>
  JSON.parse(execFileSync('npx', ['tsx', 'question-bank/cli/stats.ts', '--json', ...(dir ? [dir] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
// The bundled bank's statistics take a few seconds (every code's forms are assembled): computed once.
let bundled: ReturnType<typeof run> | undefined;
const stats = (dir?: string) => (dir ? run(dir) : (bundled ??= run()));

/** Full MLA-C01 mocks without a repeated question. */
const MLA_C01_FORMS = 6;

describe('bank:stats --json', () => {
  it('counts a small bank by domain, task and type, and says it cannot fill a form', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stats-'));
    mkdirSync(join(dir, 'aif-c01'));
    const items = [multipleChoice('aif-1.2-001', 1, '1.2'), ordering('aif-1.2-002', 1, '1.2'), matching('aif-1.2-003', 1, '1.2')];
    writeFileSync(join(dir, 'aif-c01', '1.2.yaml'), stringify({ exam: 'AIF-C01', items }));
    const s = stats(dir);
    expect(Object.keys(s)).toEqual(['MLA-C02', 'MLA-C01', 'AIF-C01']);
    expect(s['AIF-C01']).toEqual({
      total: 3,
      formTypes: 3,
      byDomain: { 1: 3, 2: 0, 3: 0, 4: 0, 5: 0 },
      byTask: { '1.1': 0, '1.2': 3, '1.3': 0, '2.1': 0, '2.2': 0, '2.3': 0, '3.1': 0, '3.2': 0, '3.3': 0, '3.4': 0, '4.1': 0, '4.2': 0, '5.1': 0, '5.2': 0 },
      byType: { 'multiple-choice': 1, 'multiple-response': 0, ordering: 1, matching: 1, 'case-study': 0 },
      bySkill: expect.any(Object),
      caseStudies: 0,
      canFillForm: false,
      keyLongestShare: 0,
      keyLengthRatio: 1,
      orderingKeyLongerShare: 0,
      nearDuplicates: [],
      disjointForms: 0,
      angoff: { min: 0.45, p10: 0.45, median: 0.55, p90: 0.6, max: 0.6 },
    });
    expect(s['MLA-C01'].total).toBe(0);
  });

  it('reports the quality statistics the gates use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stats-'));
    mkdirSync(join(dir, 'aif-c01'));
    const longKey = (id: string, stem: string) => ({
      ...multipleChoice(id, 1, '1.2'),
      stem,
      options: ['a', 'b', 'c', 'd'].map((o) => ({ id: o, text: o === 'b' ? 'k'.repeat(30) : 'd'.repeat(15), correct: o === 'b', rationale: 'r' })),
    });
    const items = [
      longKey('aif-1.2-001', 'A bank stores records of customers and needs to find fraud in card payments quickly. Which approach works?'),
      longKey('aif-1.2-002', 'A bank stores records of customers and needs to find fraud in card payments quickly. Which service helps?'),
      multipleChoice('aif-1.2-003', 1, '1.2', 0.9),
      multipleChoice('aif-1.2-004', 1, '1.2', 0.3),
    ];
    writeFileSync(join(dir, 'aif-c01', '1.2.yaml'), stringify({ exam: 'AIF-C01', items }));
    const s = stats(dir)['AIF-C01'];
    expect(s.keyLongestShare).toBe(0.5);
    expect(s.keyLengthRatio).toBeCloseTo((2 + 2 + 1 + 1) / 4, 2);
    // The two fraud stems differ in one word; the two generated items differ only in their ids.
    const pairs = s.nearDuplicates as { a: string; b: string; similarity: number }[];
    expect(pairs.map((p) => `${p.a}~${p.b}`).sort()).toEqual(['aif-1.2-001~aif-1.2-002', 'aif-1.2-003~aif-1.2-004']);
    expect(Math.min(...pairs.map((p) => p.similarity))).toBeGreaterThanOrEqual(0.5);
    expect(s.angoff).toEqual({ min: 0.3, p10: 0.3, median: 0.6, p90: 0.9, max: 0.9 });
  });

  it('gives AIF-C01 candidates six full mocks without a repeat, on every skill of guide revision 1.1', { timeout: 120_000 }, () => {
    const s = stats()['AIF-C01'];
    expect(s.total).toBeGreaterThanOrEqual(420);
    expect(s.disjointForms).toBeGreaterThanOrEqual(6);
    expect(Math.min(...(Object.values(s.byTask) as number[]))).toBeGreaterThanOrEqual(22);
    expect(Object.keys(s.bySkill)).toHaveLength(69);
    for (const [skill, n] of Object.entries(s.bySkill as Record<string, number>)) expect(n, skill).toBeGreaterThanOrEqual(1);
    for (const added of ['1.2.6', '2.1.4', '2.1.5', '2.1.6', '3.2.5', '3.4.5', '5.1.5']) expect(s.bySkill[added], added).toBeGreaterThanOrEqual(6);
    expect(s.byType['multiple-response'] / s.total).toBeGreaterThanOrEqual(0.15);
    expect(s.byType.ordering).toBeGreaterThanOrEqual(25);
    expect(s.byType.matching).toBeGreaterThanOrEqual(25);
  });

  it('gives MLA-C02 candidates six full mocks without a repeat, on every task statement and topic of its guide', () => {
    const s = stats()['MLA-C02'];
    expect(s.formTypes).toBeGreaterThanOrEqual(420); // multiple choice and multiple response, the types its forms use
    expect(s.disjointForms).toBeGreaterThanOrEqual(6);
    expect(Math.min(...(Object.values(s.byTask) as number[]))).toBeGreaterThanOrEqual(24);
    for (const [topic, n] of Object.entries(s.bySkill as Record<string, number>)) expect(n, topic).toBeGreaterThanOrEqual(2);
    expect(s.byType['multiple-response'] / s.total).toBeGreaterThanOrEqual(0.15);
    expect(s.caseStudies).toBe(0);
  }, 120_000);

  it('keeps MLA-C01 whole: every type, six case studies, and topics C02 removed', () => {
    const s = stats()['MLA-C01'];
    expect(s.disjointForms).toBeGreaterThanOrEqual(MLA_C01_FORMS);
    expect(s.caseStudies).toBeGreaterThanOrEqual(6);
    expect(s.byType['multiple-response'] / s.total).toBeGreaterThanOrEqual(0.15);
    for (const [topic, n] of Object.entries(s.bySkill as Record<string, number>)) expect(n, topic).toBeGreaterThanOrEqual(1);
    for (const topic of ['1.3.training-input', '2.2.model-size', '3.1.edge', '3.1.containers', '4.2.eventbridge-monitoring', '4.2.capacity'])
      expect(s.bySkill[topic], topic).toBeGreaterThanOrEqual(2); // topics MLA-C02 removed stay covered for MLA-C01
    expect(s.byType.ordering).toBeGreaterThanOrEqual(12);
    expect(s.byType.matching).toBeGreaterThanOrEqual(12);
  }, 120_000);

  it('reports that the bundled banks can each fill a full form', () => {
    const s = stats();
    for (const code of ['MLA-C02', 'MLA-C01', 'AIF-C01']) {
      expect(s[code].canFillForm).toBe(true);
      expect(s[code].total).toBeGreaterThanOrEqual(150);
      if (code !== 'MLA-C02') expect(s[code].caseStudies).toBeGreaterThanOrEqual(4);
      expect(Math.min(...Object.values(s[code].byTask as Record<string, number>))).toBeGreaterThanOrEqual(8);
      // Two forms with no question in common, each with every question type the exam's guide lists.
      expect(s[code].disjointForms).toBeGreaterThanOrEqual(2);
    }
  }, 120_000);
});
