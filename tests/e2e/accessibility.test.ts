// axe-core on every screen, and a whole exam sat with the keyboard alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launch, serveApp } from './browser.ts';
import { answer, currentItem } from './answers.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

interface Violation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

/** Serious and critical axe violations on the page as it is now. */
async function audit(page: Page, screen: string): Promise<string[]> {
  await page.evaluate(axeSource); // evaluated through DevTools, so the app's CSP does not block it
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('accessibility', () => {
  it('has no serious or critical axe violation on any screen', async () => {
    const { page, close } = await launch();
    const found: string[] = [];
    try {
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Start MLA-C02' }).waitFor();
      found.push(...(await audit(page, 'start')));
      await page.getByRole('radio', { name: /MLA-C01/ }).check();
      await page.getByRole('button', { name: 'Start MLA-C01' }).click();
      await page.getByRole('timer').waitFor();
      const audited = new Set<string>();
      for (let n = 1; n <= 65 && audited.size < 5; n++) {
        const q = await currentItem(page);
        const kind = q.caseStudy ? 'case-study' : q.type;
        if (!audited.has(kind)) {
          audited.add(kind);
          await answer(page, false);
          found.push(...(await audit(page, `question (${kind})`)));
        }
        await page.keyboard.press('n');
      }
      expect(audited.size).toBe(5);
      await page.keyboard.press('?');
      found.push(...(await audit(page, 'help dialog')));
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      found.push(...(await audit(page, 'review screen')));
      await page.getByRole('button', { name: 'End exam' }).click();
      found.push(...(await audit(page, 'end-exam dialog')));
      await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
      await page.getByTestId('verdict').waitFor();
      found.push(...(await audit(page, 'results')));
      await page.getByRole('button', { name: 'Review answers' }).click();
      await page.locator('article.review-item').first().waitFor();
      found.push(...(await audit(page, 'review of the attempt')));
      for (const [link, screen] of [['Practice', 'practice'], ['History', 'history'], ['Your data', 'data']] as const) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        found.push(...(await audit(page, screen)));
      }
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends', exact: true }).click();
      await page.getByTestId('charts-ready').waitFor({ state: 'attached' });
      await page.getByText('Scaled scores (table)').click();
      await page.getByTestId('score-table').waitFor();
      found.push(...(await audit(page, 'trends')));
      expect(found).toEqual([]);
    } finally {
      await close();
    }
  });

  it('sits a whole exam with the keyboard alone', async () => {
    const { page, close } = await launch();
    try {
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Start MLA-C02' }).waitFor();
      // Tab to the start button and press it.
      for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent?.trim() === 'Start MLA-C02')); i++) await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none'); // focus is visible
      await page.keyboard.press('Enter');
      await page.getByRole('timer').waitFor();
      for (let n = 1; n <= 65; n++) {
        const q = await currentItem(page);
        if (q.type === 'multiple-choice') await page.keyboard.press('1');
        else if (q.type === 'multiple-response') for (let k = 1; k <= q.select; k++) await page.keyboard.press(String(k));
        else if (q.type === 'ordering') {
          await page.keyboard.press('Tab'); // from the question heading to the first "Add" button
          for (let k = 0; k < q.answer.length; k++) await page.keyboard.press('Enter');
        } else if (q.type === 'matching') {
          await page.locator('h1#q-heading').focus();
          for (let k = 0; k < q.prompts.length; k++) {
            await page.keyboard.press('Tab');
            await page.keyboard.press('ArrowDown');
          }
          await page.locator('h1#q-heading').focus();
        }
        if (n < 65) await page.keyboard.press('n');
      }
      await page.keyboard.press('r');
      await page.getByRole('button', { name: 'Unanswered (0)' }).waitFor();
      await page.getByRole('button', { name: 'End exam' }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab'); // from "Return to review" to "End exam" in the dialog
      await page.keyboard.press('Enter');
      await page.getByTestId('verdict').waitFor();
      await expect(page.getByText('Unanswered', { exact: true }).locator('..').textContent()).resolves.toContain('0 of 65');
    } finally {
      await close();
    }
  });
});
