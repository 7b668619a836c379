// npm run bank:stats -- --json: counts per exam in the documented shape, and whether a full form can be built.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { matching, multipleChoice, ordering } from '../fixtures/bank.ts';

const stats = (dir?: string) =>
  JSON.parse(execFileSync('npx', ['tsx', 'question-bank/cli/stats.ts', '--json', ...(dir ? [dir] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));

describe('bank:stats --json', () => {
  it('counts a small bank by domain, task and type, and says it cannot fill a form', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stats-'));
    mkdirSync(join(dir, 'aif-c01'));
    const items = [multipleChoice('aif-1.2-001', 1, '1.2'), ordering('aif-1.2-002', 1, '1.2'), matching('aif-1.2-003', 1, '1.2')];
    writeFileSync(join(dir, 'aif-c01', '1.2.yaml'), stringify({ exam: 'AIF-C01', items }));
    const s = stats(dir);
    expect(Object.keys(s)).toEqual(['MLA-C01', 'AIF-C01']);
    expect(s['AIF-C01']).toEqual({
      total: 3,
      byDomain: { 1: 3, 2: 0, 3: 0, 4: 0, 5: 0 },
      byTask: { '1.1': 0, '1.2': 3, '1.3': 0, '2.1': 0, '2.2': 0, '2.3': 0, '3.1': 0, '3.2': 0, '3.3': 0, '3.4': 0, '4.1': 0, '4.2': 0, '5.1': 0, '5.2': 0 },
      byType: { 'multiple-choice': 1, 'multiple-response': 0, ordering: 1, matching: 1, 'case-study': 0 },
      caseStudies: 0,
      canFillForm: false,
    });
    expect(s['MLA-C01'].total).toBe(0);
  });

  it('reports that the bundled banks can each fill a full form', () => {
    const s = stats();
    for (const code of ['MLA-C01', 'AIF-C01']) {
      expect(s[code].canFillForm).toBe(true);
      expect(s[code].total).toBeGreaterThanOrEqual(150);
      expect(s[code].caseStudies).toBeGreaterThanOrEqual(4);
      expect(Math.min(...Object.values(s[code].byTask as Record<string, number>))).toBeGreaterThanOrEqual(8);
    }
  });
});
