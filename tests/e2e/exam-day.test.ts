// Exam-day details a candidate notices: no one-click loss of a running exam, every move starting at the top, and a
// 390 px phone showing every question of a full form without sideways scrolling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serveApp } from './browser.ts';
import { answer, currentItem } from './answers.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

async function startExam(page: Page, code: string) {
  await page.goto(server.url);
  await page.getByRole('radio', { name: new RegExp(code) }).check();
  await page.getByRole('button', { name: `Start ${code}` }).click();
  await page.getByRole('timer').waitFor();
}

const questionNumber = async (page: Page) => Number(/Question (\d+)/.exec((await page.locator('#q-heading').textContent()) ?? '')![1]);

describe('ending a running exam from the start page', () => {
  it('asks first, saying how many questions are unanswered, and a cancel keeps the exam running', async () => {
    const { page, close } = await launch();
    try {
      await startExam(page, 'MLA-C02');
      await answer(page, true);
      await page.goto(server.url); // back on the start page, the exam still running
      await page.getByRole('heading', { name: 'Unfinished exam' }).waitFor();
      await page.getByRole('button', { name: 'End it…' }).click();
      const dialog = page.getByRole('dialog', { name: 'End the exam?' });
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toMatch(/You have 64 unanswered or incomplete questions/);
      await dialog.getByRole('button', { name: 'Return to review' }).click();
      await expect(page.getByRole('dialog').count()).resolves.toBe(0);
      await expect(page.getByRole('timer').count()).resolves.toBe(1);
      await expect(page.getByTestId('verdict').count()).resolves.toBe(0);
      // Confirming really ends it.
      await page.getByRole('button', { name: 'End exam' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
      await page.getByTestId('verdict').waitFor();
    } finally {
      await close();
    }
  });
});

describe('on a 390 px phone', () => {
  for (const code of ['MLA-C02', 'MLA-C01', 'AIF-C01']) {
    it(`shows every question of a full ${code} form without horizontal scrolling, each opening at its top`, async () => {
      const { page, close } = await launch({ viewport: { width: 390, height: 844 } });
      try {
        await startExam(page, code);
        const wide: string[] = [];
        let caseStudies = 0;
        for (let n = 1; n <= 65; n++) {
          expect(await questionNumber(page)).toBe(n);
          const { scrollWidth, innerWidth, scrollY, focused } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
            scrollY: window.scrollY,
            focused: document.activeElement?.id,
          }));
          if (scrollWidth > innerWidth) wide.push(`question ${n}: ${scrollWidth} px`);
          const q = await currentItem(page);
          if (q.caseStudy && /\n\s*- /.test(q.caseStudy.scenario)) {
            // The case study's requirements are a list here too, and the scenario folds away to leave room.
            await expect(page.getByRole('complementary').getByRole('listitem').count()).resolves.toBeGreaterThan(0);
            caseStudies++;
          }
          if (n > 1) {
            expect(scrollY, `question ${n} opens at its top`).toBe(0);
            expect(focused).toBe('q-heading');
          }
          if (n < 65) {
            // Read down to the bottom before moving on, as a candidate does.
            await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
            await page.getByRole('button', { name: 'Next', exact: true }).click();
          }
        }
        expect(wide).toEqual([]);
        if (code === 'MLA-C01') expect(caseStudies).toBeGreaterThan(0);
        // The review screen and the results fit too.
        await page.getByRole('button', { name: 'Finish: review' }).click();
        await page.getByRole('button', { name: 'End exam' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
        await page.getByTestId('verdict').waitFor();
        const width = async (screen: string) =>
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${screen} page width`).toBeLessThanOrEqual(390);
        await width('results');
        await page.getByRole('button', { name: 'Review answers' }).click();
        await page.getByRole('heading', { name: /^Review — / }).waitFor();
        await page.locator('details', { hasText: 'Time per question (table)' }).locator('summary').click();
        await width('review');
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History', exact: true }).click();
        await page.getByRole('heading', { name: 'History' }).waitFor();
        await width('history');
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends', exact: true }).click();
        await page.getByTestId('charts-ready').waitFor();
        for (const summary of await page.locator('details > summary').all()) await summary.click();
        await width('trends');
      } finally {
        await close();
      }
    });
  }
});

describe('keys', () => {
  it('pick options by main-row or keypad digits, steps and responses by digit, and N on the last question opens the review', async () => {
    const { page, close } = await launch();
    try {
      await startExam(page, 'MLA-C01');
      const done = new Set<string>();
      for (let n = 1; n <= 65; n++) {
        const q = await currentItem(page);
        if (q.type === 'multiple-choice' && !done.has('keypad')) {
          await page.keyboard.press('Numpad2');
          await expect(page.locator('.choices input[data-option-index="2"]').isChecked()).resolves.toBe(true);
          done.add('keypad');
        } else if (q.type === 'ordering' && !done.has('ordering')) {
          const first = await page.locator('.ordering button[data-focus^="add-"]').first().getAttribute('aria-label');
          await page.keyboard.press('1');
          const chosen = page.getByRole('heading', { name: /Your order/ }).locator('..').getByRole('listitem');
          await expect(chosen.count()).resolves.toBe(1);
          await expect(chosen.first().textContent()).resolves.toContain(first!.replace('Add step: ', ''));
          done.add('ordering');
        } else if (q.type === 'matching' && !done.has('matching')) {
          await page.keyboard.press('2');
          const select = page.locator('table.matching select').first();
          const second = await select.locator('option').nth(2).getAttribute('value'); // option 0 is "Choose a response…"
          await expect(select.inputValue()).resolves.toBe(second);
          done.add('matching');
        }
        if (n < 65) await page.keyboard.press('n');
      }
      expect([...done].sort()).toEqual(['keypad', 'matching', 'ordering']);
      await page.keyboard.press('n'); // on the last question: the review screen
      await page.getByRole('heading', { name: 'Review', exact: true }).waitFor();
    } finally {
      await close();
    }
  });
});
