/** Answers the question on screen through the UI, right or wrong, using the bank's key (read from the YAML in Node). */
import type { Page } from 'playwright-core';
import { loadBank } from '../../question-bank/load.ts';
import type { BankQuestion } from '../../question-bank/schema.ts';
import { withRich } from '../../question-bank/rich-parse.ts';

const { bank } = loadBank(`${process.cwd()}/question-bank`, process.cwd());
// As the build ships them: formatted single-line text (options, steps) reaches the page as plain text.
export const byId = new Map<string, BankQuestion>(bank.questions.map((q) => [q.id, withRich(q)]));

export async function currentItem(page: Page): Promise<BankQuestion> {
  const id = await page.locator('section.question').getAttribute('data-item-id');
  const q = byId.get(id ?? '');
  if (!q) throw new Error(`No bank item ${id}`);
  return q;
}

/**
 * Answers the current question; `right` chooses the key, otherwise a wrong but complete response. `beforeLast` runs
 * just before the control action that completes the response (a test arms a fault there).
 */
export async function answer(page: Page, right: boolean, beforeLast: () => Promise<unknown> = async () => {}): Promise<BankQuestion> {
  const q = await currentItem(page);
  const steps: (() => Promise<unknown>)[] = [];
  switch (q.type) {
    case 'multiple-choice': {
      const opt = q.options.find((o) => (right ? o.correct : !o.correct))!;
      steps.push(() => page.getByRole('radio', { name: opt.text, exact: true }).check());
      break;
    }
    case 'multiple-response': {
      const keyed = q.options.filter((o) => o.correct);
      const chosen = right ? keyed : [...q.options.filter((o) => !o.correct).slice(0, 1), ...keyed.slice(1)];
      for (const o of chosen) steps.push(() => page.getByRole('checkbox', { name: o.text, exact: true }).check());
      break;
    }
    case 'ordering': {
      const seq = right ? q.answer : [...q.answer].reverse();
      for (const id of seq) {
        const text = q.steps.find((s) => s.id === id)!.text;
        steps.push(() => page.getByRole('button', { name: `Add step: ${text}`, exact: true }).click());
      }
      break;
    }
    case 'matching': {
      const prompts = right ? q.prompts : [...q.prompts].reverse();
      const answers = q.prompts.map((p) => p.answer);
      for (const [i, p] of prompts.entries()) {
        // Wrong: give the prompts their answers in reverse order (at least one pair differs when answers differ).
        const responseId = right ? p.answer : answers[i]!;
        steps.push(() => page.getByRole('combobox', { name: p.text, exact: true }).selectOption(responseId));
      }
      break;
    }
  }
  for (const [i, step] of steps.entries()) {
    if (i === steps.length - 1) await beforeLast();
    await step();
  }
  return q;
}
