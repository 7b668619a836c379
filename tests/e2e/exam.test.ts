// Sitting whole exams through the UI of the built app, in Debian's Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serveApp } from './browser.ts';
import { answer, byId, currentItem } from './answers.ts';
import { EXAMS } from '../../question-bank/exams.ts';
import { scoreAttempt } from '../../scoring/index.ts';
import type { Attempt } from '../../src/exam/attempt.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

async function startExam(page: Page, code: 'MLA-C01' | 'AIF-C01', accommodation = false) {
  await page.goto(server.url);
  await page.getByRole('radio', { name: new RegExp(code) }).check();
  if (accommodation) await page.getByRole('checkbox', { name: /ESL accommodation/ }).check();
  await page.getByRole('button', { name: `Start ${code}` }).click();
  await page.getByRole('timer').waitFor();
}

const questionNumber = async (page: Page) => Number((await page.getByText(/^Question \d+ of 65$/).textContent())!.match(/\d+/)![0]);

describe('a full MLA-C01 exam', () => {
  it('is sat through the UI: every type answered, flags, review, reload, results', async () => {
    const { page, close } = await launch();
    try {
      await startExam(page, 'MLA-C01');
      await expect(page.getByRole('timer').textContent()).resolves.toMatch(/^2:(10:00|09:5\d)$/);
      const seenTypes = new Set<string>();
      for (let n = 1; n <= 65; n++) {
        expect(await questionNumber(page)).toBe(n);
        const q = await answer(page, true);
        seenTypes.add(q.caseStudy ? 'case-study' : q.type);
        if (q.caseStudy) {
          await expect(page.getByRole('complementary').textContent()).resolves.toContain(q.caseStudy.title);
          // The scenario's bulleted requirements are a list on screen, one item per bullet, not a run-on paragraph.
          const bullets = q.caseStudy.scenario.split('\n').filter((l) => /^\s*- /.test(l)).length;
          expect(bullets).toBeGreaterThan(0);
          await expect(page.getByRole('complementary').getByRole('listitem').count()).resolves.toBe(bullets);
          await expect(page.getByRole('complementary').textContent()).resolves.not.toMatch(/ - [A-Z]/);
        }
        if (n === 3) {
          await page.getByRole('button', { name: 'Flag for review' }).click();
          await page.getByRole('button', { name: 'Unflag' }).click();
          await page.getByRole('button', { name: 'Flag for review' }).click();
        }
        if (n === 30) {
          // Reload in the middle: the same question, answers, flags and deadline come back.
          const timerBefore = await page.getByRole('timer').textContent();
          await page.reload();
          await page.getByRole('timer').waitFor();
          expect(await questionNumber(page)).toBe(30);
          expect((await currentItem(page)).id).toBe(q.id);
          const after = await page.getByRole('timer').textContent();
          expect(after!.slice(0, 5)).toBe(timerBefore!.slice(0, 5));
          await page.getByRole('button', { name: 'Review', exact: true }).click();
          await expect(page.getByRole('button', { name: /^Question 3: Answered, flagged$/ }).count()).resolves.toBe(1);
          await expect(page.getByRole('button', { name: 'Unanswered (35)' }).count()).resolves.toBe(1);
          await page.getByRole('button', { name: 'Flagged (1)' }).click();
          await expect(page.getByRole('list', { name: 'Questions' }).getByRole('button').count()).resolves.toBe(1);
          await page.getByRole('button', { name: /^Question 3:/ }).click();
          expect(await questionNumber(page)).toBe(3);
          await page.getByRole('button', { name: 'Unflag' }).click();
          await page.getByRole('button', { name: 'Review', exact: true }).click();
          await page.getByRole('button', { name: /^Question 30:/ }).click();
        }
        if (n < 65) await page.getByRole('button', { name: 'Next', exact: true }).click();
      }
      expect(seenTypes).toEqual(new Set(['multiple-choice', 'multiple-response', 'ordering', 'matching', 'case-study']));
      await page.getByRole('button', { name: 'Finish: review' }).click();
      await page.getByRole('button', { name: 'End exam' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.textContent()).resolves.toMatch(/You have 0 unanswered or incomplete questions and 0 flagged/);
      await dialog.getByRole('button', { name: 'End exam' }).click();
      await page.getByTestId('verdict').waitFor();
      // Every answer was the key: the top of the scale, and every domain meets competencies.
      expect(await page.getByTestId('scaled-score').textContent()).toBe('1000');
      expect(await page.getByTestId('verdict').textContent()).toBe('PASS');
      await expect(page.getByRole('cell', { name: 'Needs improvement' }).count()).resolves.toBe(0);
      // The results survive a reload.
      await page.reload();
      expect(await page.getByTestId('scaled-score').textContent()).toBe('1000');
    } finally {
      await close();
    }
  });
});

describe('AIF-C01', () => {
  it('runs 90 minutes (120 with the accommodation) and shows the score the stored form and answers grade to', async () => {
    const { page, close } = await launch();
    try {
      await startExam(page, 'AIF-C01', true);
      await expect(page.getByRole('timer').textContent()).resolves.toMatch(/^(2:00:00|1:59:5\d)$/);
      for (let n = 1; n <= 65; n++) {
        if (n % 3 !== 0) await answer(page, n % 2 === 0);
        if (n < 65) await page.keyboard.press('n');
      }
      await page.keyboard.press('r');
      await expect(page.getByRole('button', { name: 'Unanswered (21)' }).count()).resolves.toBe(1);
      await page.getByRole('button', { name: 'End exam' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
      const score = Number(await page.getByTestId('scaled-score').textContent());
      // The score shown is the score of the stored form and answers, recomputed here from the bank's YAML.
      const stored = (await page.evaluate(`new Promise((resolve, reject) => {
        const open = indexedDB.open('aws-mock-exam');
        open.onsuccess = () => {
          const req = open.result.transaction('attempts').objectStore('attempts').getAll();
          req.onsuccess = () => resolve(req.result.filter((a) => a.status === 'finished'));
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      })`)) as Attempt[];
      expect(stored).toHaveLength(1);
      const expected = scoreAttempt(EXAMS['AIF-C01'], stored[0]!.form, (id) => byId.get(id), stored[0]!.responses);
      expect(score).toBe(expected.scaled);
      expect(expected.unanswered).toBe(21);
      expect(await page.getByTestId('verdict').textContent()).toBe(expected.passed ? 'PASS' : 'FAIL');
      await expect(page.getByText('Unanswered', { exact: true }).locator('..').textContent()).resolves.toContain('21 of 65');
    } finally {
      await close();
    }
  });

  it('starts at 1:30:00 without the accommodation', async () => {
    const { page, close } = await launch();
    try {
      await startExam(page, 'AIF-C01');
      await expect(page.getByRole('timer').textContent()).resolves.toMatch(/^(1:30:00|1:29:5\d)$/);
    } finally {
      await close();
    }
  });
});

describe('the deadline', () => {
  it('submits the attempt by itself when time runs out, with the answers given', async () => {
    const { page, close } = await launch();
    try {
      await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
      await startExam(page, 'MLA-C01');
      await answer(page, true);
      await page.clock.fastForward('02:05:00');
      await expect(page.getByRole('timer').textContent()).resolves.toMatch(/^0:0[45]:\d\d$/);
      await expect(page.locator('.timer.warn').count()).resolves.toBe(1);
      await expect(page.getByTestId('timer-announcement').textContent()).resolves.toBe('5 minutes remaining.');
      // The real exam shows the warning on screen too; the candidate can dismiss it.
      await expect(page.getByTestId('time-banner').textContent()).resolves.toMatch(/5 minutes remaining\./);
      await page.getByTestId('time-banner').getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.getByTestId('time-banner').count()).resolves.toBe(0);
      await page.clock.fastForward('05:01');
      await page.getByTestId('verdict').waitFor();
      await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/Time ran out/);
      await expect(page.getByText('Unanswered', { exact: true }).locator('..').textContent()).resolves.toContain('64 of 65');
      await expect(page.getByText('Time used', { exact: true }).locator('..').textContent()).resolves.toContain('2 h 10 min');
    } finally {
      await close();
    }
  });

  it('submits as of the deadline when the page was closed past it', async () => {
    const { context, page, close } = await launch();
    try {
      await context.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
      await startExam(page, 'AIF-C01');
      await answer(page, true);
      await page.close();
      await context.clock.setSystemTime(new Date('2026-11-24T09:00:00Z'));
      const again = await context.newPage();
      await again.goto(server.url + '#/exam');
      await again.getByTestId('verdict').waitFor();
      await expect(again.getByText('Time used', { exact: true }).locator('..').textContent()).resolves.toContain('1 h 30 min');
    } finally {
      await close();
    }
  });
});

describe('one writer', () => {
  it('lets a second tab take the exam over, and the first tab stops saving', async () => {
    const { context, page, close } = await launch();
    try {
      await startExam(page, 'MLA-C01');
      await answer(page, true);
      const second = await context.newPage();
      await second.goto(server.url);
      await second.getByText('This exam is open in another tab').waitFor();
      await second.getByRole('button', { name: 'Take it over here' }).click();
      await second.getByRole('timer').waitFor();
      expect(await questionNumber(second)).toBe(1);
      // The old tab says where the exam went, shows no clock of its own, and can take it back.
      await page.getByRole('heading', { name: 'This exam continues in another tab' }).waitFor();
      await expect(page.getByRole('timer').count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'Take it back here' }).click();
      await page.getByRole('timer').waitFor();
      await second.getByRole('heading', { name: 'This exam continues in another tab' }).waitFor();
      await expect(second.getByRole('timer').count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });

  it('releases the writer lock when the exam ends, so another open tab can start one at once', async () => {
    const { context, page, close } = await launch();
    try {
      // Both tabs are open before either starts: the second never reloads.
      const second = await context.newPage();
      await second.goto(server.url);
      await second.getByRole('button', { name: 'Start MLA-C02' }).waitFor();
      await startExam(page, 'MLA-C01');
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      await page.getByRole('button', { name: 'End exam' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
      await page.getByTestId('verdict').waitFor();
      await second.getByRole('radio', { name: /AIF-C01/ }).check();
      await second.getByRole('button', { name: 'Start AIF-C01' }).click();
      await second.getByRole('timer').waitFor({ timeout: 5000 });
      await expect(second.getByText(/running in another tab/).count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });
});

describe('storage blocked', () => {
  it('runs the exam in memory and says it will not survive a reload', async () => {
    const { context, page, close } = await launch();
    try {
      await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
      await startExam(page, 'MLA-C01');
      await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/will not survive a reload/);
      await answer(page, true);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      expect(await questionNumber(page)).toBe(2);
    } finally {
      await close();
    }
  });
});
