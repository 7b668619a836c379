// Never lose an answer: 200 reloads or closed tabs fired 0–20 ms after a change (answers of all five question types,
// answer changes, flags, navigation). After each, the stored attempt must hold every change. Prints the counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fc from 'fast-check';
import { gradeQuestion, type Response } from '../../question-bank/schema.ts';
import { launch, serveApp } from './browser.ts';
import { answer, byId, currentItem } from './answers.ts';

/** 200 by default; STORM_FAULTS=30 for a quick look. */
const FAULTS = Number(process.env.STORM_FAULTS ?? 200);
let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

interface Stored {
  current: number;
  flags: string[];
  responses: Record<string, Response>;
  form: { questions: { itemId: string }[] };
}

/** The running attempt as IndexedDB holds it now. */
const storedAttempt = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Stored | undefined>((resolve) => {
        const open = indexedDB.open('aws-mock-exam');
        open.onsuccess = () => {
          const req = open.result.transaction('attempts').objectStore('attempts').getAll();
          req.onsuccess = () => {
            resolve(req.result.find((a: { status: string }) => a.status === 'running'));
            open.result.close();
          };
        };
        open.onerror = () => resolve(undefined);
      }),
  );

describe('reload storm', () => {
  it('loses no answer, flag or position in 200 reloads or closes fired 0–20 ms after a change', { timeout: 900_000 }, async () => {
    const { context, close } = await launch();
    let page = context.pages()[0]!;
    const rand = fc.sample(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean(), fc.integer({ min: 0, max: 3 })), { numRuns: FAULTS, seed: 1313 });
    const expected = { graded: new Map<string, 'right' | 'wrong'>(), flags: new Set<string>(), current: 0 };
    const lost = { answers: 0, flags: 0, positions: 0 };
    const typesChanged = new Set<string>();
    try {
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Start MLA-C01' }).click();
      await page.getByRole('timer').waitFor();
      let ids: string[] = [];
      const t0 = Date.now();
      const spent = { change: 0, fault: 0, check: 0 };
      for (let i = 0; i < FAULTS; i++) {
        const [delay, closeTab, action] = rand[i]!;
        let mark = Date.now();
        if (i < 65 && expected.current < i) {
          await page.getByRole('button', { name: 'Next', exact: true }).click();
          expected.current++;
        }
        const q = await currentItem(page);
        if (i < 65) {
          // First pass: answer every question once, through the real controls of its type.
          const right = i % 3 !== 0;
          await answer(page, right);
          expected.graded.set(q.id, right ? 'right' : 'wrong');
          typesChanged.add(q.caseStudy ? 'case-study' : q.type);
        } else if (action === 0 && q.type === 'multiple-choice') {
          // Change an answer: the newer choice must win.
          const right = expected.graded.get(q.id) !== 'right';
          await answer(page, right);
          expected.graded.set(q.id, right ? 'right' : 'wrong');
        } else if (action <= 1) {
          const flagged = expected.flags.has(q.id);
          await page.getByRole('button', { name: flagged ? 'Unflag' : 'Flag for review' }).click();
          if (flagged) expected.flags.delete(q.id);
          else expected.flags.add(q.id);
        } else {
          // The last question has no Next, the first no Previous.
          const forward = expected.current === 0 || (action === 2 && expected.current < 64);
          await page.getByRole('button', { name: forward ? 'Next' : 'Previous', exact: true }).click();
          expected.current += forward ? 1 : -1;
        }
        // On the first pass, every other fault follows a move to the next question rather than an answer.
        if (i < 65 && i % 2 === 1 && expected.current < 64) {
          await page.getByRole('button', { name: 'Next', exact: true }).click();
          expected.current++;
        }
        spent.change += Date.now() - mark;
        mark = Date.now();
        await page.waitForTimeout(delay);
        if (closeTab) {
          await page.close();
          page = await context.newPage();
          await page.goto(server.url + '#/exam');
        } else {
          await page.reload();
        }
        await page.getByRole('timer').waitFor();
        spent.fault += Date.now() - mark;
        mark = Date.now();
        // IndexedDB converges on what the candidate did (the journal is replayed on load), or the change was lost.
        let stored: Stored | undefined;
        const same = (s: Stored | undefined) =>
          !!s &&
          s.current === expected.current &&
          [...expected.flags].every((f) => s.flags.includes(f)) &&
          s.flags.length === expected.flags.size &&
          [...expected.graded].every(([id, g]) => gradeQuestion(byId.get(id)!, s.responses[id]).state === g);
        for (let t = 0; t < 40 && !same((stored = await storedAttempt(page))); t++) await page.waitForTimeout(50);
        if (!stored) throw new Error('no running attempt after a reload');
        ids = stored.form.questions.map((fq) => fq.itemId);
        if (stored.current !== expected.current) lost.positions++;
        for (const f of expected.flags) if (!stored.flags.includes(f)) lost.flags++;
        for (const [id, g] of expected.graded) if (gradeQuestion(byId.get(id)!, stored.responses[id]).state !== g) lost.answers++;
        // Carry on from what is stored, so one loss is counted once.
        expected.current = stored.current;
        expected.flags = new Set(stored.flags);
        for (const id of expected.graded.keys()) {
          const state = gradeQuestion(byId.get(id)!, stored.responses[id]).state;
          if (state === 'unanswered') expected.graded.delete(id);
          else expected.graded.set(id, state);
        }
        expect(ids[stored.current]).toBe((await currentItem(page)).id);
        spent.check += Date.now() - mark;
      }
      console.log(`reload storm timing (ms): ${JSON.stringify(spent)}, total ${Date.now() - t0}`);
      console.log(`reload storm: ${FAULTS} faults; lost answers ${lost.answers}, flags ${lost.flags}, positions ${lost.positions}; types changed: ${[...typesChanged].sort().join(', ')}`);
      if (FAULTS >= 65) expect(typesChanged).toEqual(new Set(['multiple-choice', 'multiple-response', 'ordering', 'matching', 'case-study']));
      expect(lost).toEqual({ answers: 0, flags: 0, positions: 0 });
    } finally {
      await close();
    }
  });
});
