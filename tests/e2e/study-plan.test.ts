// From score to study plan, in the browser: an exam sat with confidence marks ends in a task-statement diagnosis,
// a study plan whose practice button starts practice on that task statement, and review lists by confidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serveApp } from './browser.ts';
import { answer, currentItem } from './answers.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

describe('study plan', () => {
  it('follows an exam sat with confidence marks, and practises the weakest task statement', async () => {
    const { page, close } = await launch();
    try {
      await page.goto(server.url);
      await page.getByRole('radio', { name: /MLA-C02/ }).check();
      await page.getByRole('checkbox', { name: /Mark how sure I am/ }).check();
      await page.getByRole('button', { name: 'Start MLA-C02' }).click();
      await page.getByRole('timer').waitFor();
      // Ten answers: the first five wrong but marked Sure, the next five right but marked Guess.
      for (let n = 1; n <= 10; n++) {
        await answer(page, n > 5);
        await page.keyboard.press(n <= 5 ? 's' : 'g');
        await expect(page.getByRole('group', { name: 'How sure are you of this answer?' }).getByRole('button', { name: n <= 5 ? /^Sure/ : /^Guess/ }).getAttribute('aria-pressed')).resolves.toBe('true');
        await page.getByRole('button', { name: 'Next', exact: true }).click();
      }
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      await page.getByRole('button', { name: 'End exam' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
      await page.getByTestId('verdict').waitFor();

      // Every task statement of the MLA-C02 guide, and a plan that starts with a weak one.
      await expect(page.getByTestId('task-table').locator('tbody tr').count()).resolves.toBe(12);
      const plan = page.getByTestId('study-plan');
      await expect(plan.locator(':scope > li').count()).resolves.toBeGreaterThan(0);
      const first = plan.locator(':scope > li').first();
      await expect(first.textContent()).resolves.toMatch(/\(weak\)/);
      await expect(first.getByRole('link').count()).resolves.toBeGreaterThan(0);
      const calibration = await page.getByTestId('calibration').textContent();
      expect(calibration).toMatch(/Sure\s*5\s*0%/);
      expect(calibration).toMatch(/Guess\s*5\s*100%/);

      // Review: confident errors first.
      await page.getByRole('button', { name: 'Review answers' }).click();
      await page.getByRole('button', { name: /Confident errors .*\(5\)/ }).click();
      await expect(page.getByRole('article').count()).resolves.toBe(5);
      await page.getByRole('button', { name: 'Back' }).click();

      // The plan's first button starts practice on that task statement.
      const task = /Task (\d\.\d)/.exec((await first.getByRole('heading').textContent())!)![1]!;
      await first.getByRole('button', { name: `Practise task ${task}` }).click();
      await page.locator('.mode-tag').waitFor();
      await expect(page.getByRole('timer').count()).resolves.toBe(0);
      expect((await currentItem(page)).task).toBe(task);
    } finally {
      await close();
    }
  });
});
