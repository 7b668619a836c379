// What a candidate does between sittings: review, practise missed questions, trends, export and import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, serveApp } from './browser.ts';
import { answer } from './answers.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

/** Sits an MLA-C01 exam: `right` answered right, then `wrong` answered wrong, the rest left blank. */
async function sitExam(page: Page, right: number, wrong: number): Promise<number> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exam', exact: true }).click();
  await page.getByRole('radio', { name: /MLA-C01/ }).check();
  await page.getByRole('button', { name: 'Start MLA-C01' }).click();
  await page.getByRole('timer').waitFor();
  for (let n = 1; n <= right + wrong; n++) {
    await answer(page, n <= right);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
  return Number(await page.getByTestId('scaled-score').textContent());
}

async function historyCount(page: Page) {
  await page.locator('table.history').waitFor();
  return page.locator('table.history tbody tr').count();
}

describe('between sittings', () => {
  it('reviews wrong answers, practises missed ones, shows trends, and round-trips a backup', async () => {
    const { context, page, close } = await launch();
    try {
      await context.clock.install({ time: new Date('2026-11-20T09:00:00Z') });
      await page.goto(server.url);

      const first = await sitExam(page, 10, 5);
      await page.getByRole('button', { name: 'Review answers' }).click();
      await page.getByRole('button', { name: 'Incorrect (5)' }).click();
      await expect(page.locator('article.review-item').count()).resolves.toBe(5);
      const item = page.locator('article.review-item').first();
      await expect(item.getByText('Incorrect', { exact: true }).first().isVisible()).resolves.toBe(true);
      await expect(item.locator('.references a').first().getAttribute('href')).resolves.toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//);
      await page.getByRole('button', { name: 'Unanswered (50)' }).click();
      await expect(page.locator('article.review-item').count()).resolves.toBe(50);
      await expect(page.getByRole('button', { name: /^Unscored \(15\)$/ }).count()).resolves.toBe(1);

      const second = await sitExam(page, 20, 0);

      // Missed questions come back after their first short learning step.
      await context.clock.fastForward('00:05:00');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exam', exact: true }).click();
      const due = await page.getByTestId('due-count').textContent();
      expect(Number(/MLA-C01: (\d+)/.exec(due!)![1])).toBeGreaterThan(40);
      await page.getByRole('button', { name: 'Practise them' }).click();
      await page.getByRole('radio', { name: /Missed questions due for review/ }).check();
      await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('3');
      await page.getByRole('button', { name: 'Start practice' }).click();
      await page.getByText('Question 1 of 3').waitFor();
      await expect(page.getByRole('timer').count()).resolves.toBe(0);
      await answer(page, true);
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.getByRole('region', { name: 'Feedback' }).getByText('Correct', { exact: true }).isVisible()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await answer(page, false);
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.getByRole('region', { name: 'Feedback' }).getByText('Incorrect', { exact: true }).isVisible()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      await page.getByRole('button', { name: 'End practice' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'End practice' }).click();
      await expect(page.getByTestId('practice-score').textContent()).resolves.toBe('1 / 3');

      // Trends: both exams, in order, in the chart's table.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends', exact: true }).click();
      await page.getByTestId('charts-ready').waitFor({ state: 'attached' });
      await page.getByText('Scaled scores (table)').click();
      await page.getByText('Domain percentages (table)').click();
      const cells = await page.getByTestId('score-table').locator('tbody tr td:nth-child(3)').allTextContents();
      expect(cells.map(Number)).toEqual([first, second]);
      await expect(page.getByTestId('domain-table').locator('tbody tr').count()).resolves.toBe(2);
      await expect(page.getByTestId('readiness').textContent()).resolves.toMatch(/Predicted scaled score \d+/);

      // Export, clear, import: the same history comes back, once.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History', exact: true }).click();
      await expect(historyCount(page)).resolves.toBe(3);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your data', exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
      const path = await download.path();
      expect(JSON.parse(readFileSync(path, 'utf8')).attempts).toHaveLength(3);
      await page.getByRole('button', { name: 'Clear all data' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Clear all data' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History', exact: true }).click();
      await page.getByText('No finished attempts yet').waitFor();

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your data', exact: true }).click();
      await page.getByLabel('Backup file').setInputFiles(path);
      await page.getByRole('status').getByText(/Imported 3 attempts/).waitFor();
      await page.getByLabel('Backup file').setInputFiles(path);
      await page.getByRole('status').getByText(/Imported 0 attempts.*3 already here/).waitFor();
      await page.getByLabel('Backup file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"aws-mock-exam-simulator-backup","version":9}') });
      await page.getByRole('alert').getByText(/newer version of the simulator \(format version 9\)/).waitFor();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History', exact: true }).click();
      await expect(historyCount(page)).resolves.toBe(3);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends', exact: true }).click();
      await page.getByText('Scaled scores (table)').click();
      await page.getByTestId('score-table').waitFor({ state: 'attached' });
      const again = await page.getByTestId('score-table').locator('tbody tr td:nth-child(3)').allTextContents();
      expect(again.map(Number)).toEqual([first, second]);
    } finally {
      await close();
    }
  });
});
