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
  it('loses no answer, flag or position in 200 reloads or closes fired 0–20 ms after a change', { timeout: 1_200_000 }, async () => {
    const { context, close } = await launch();
    // A reload fires inside the page, `delay` ms after the change's own event, so no round trip to the test runner
    // widens the window. A closed tab is closed by the runner `delay` ms after the change returns.
    await context.addInitScript(() => {
      const w = window as unknown as { __reloadIn?: number };
      const fire = () => {
        if (w.__reloadIn === undefined) return;
        const delay = w.__reloadIn;
        w.__reloadIn = undefined;
        setTimeout(() => location.reload(), delay);
      };
      addEventListener('click', fire, true);
      addEventListener('change', fire, true);
    });
    let page = context.pages()[0]!;
    const rand = fc.sample(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean(), fc.integer({ min: 0, max: 3 })), { numRuns: FAULTS, seed: 1313 });
    const expected = { graded: new Map<string, 'right' | 'wrong'>(), flags: new Set<string>(), current: 0 };
    const lost = { answers: 0, flags: 0, positions: 0 };
    const typesChanged = new Set<string>();
    /** Runs `script` in the page in one go: a burst of changes faster than any storage write. */
    const burst = (script: string) => page.evaluate(script);
    const clickText = (text: string, times = 1) =>
      `(() => { const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === ${JSON.stringify(text)}); for (let i = 0; i < ${times}; i++) b.click(); })()`;
    const chooseTwice = (first: string, last: string) =>
      `(() => { const radio = (t) => [...document.querySelectorAll('input[type=radio]')].find((r) => r.closest('label').querySelector('.text').textContent === t);
        radio(${JSON.stringify(first)}).click(); radio(${JSON.stringify(last)}).click(); })()`;
    try {
      await page.goto(server.url);
      await page.getByRole('radio', { name: /MLA-C01/ }).check();
      await page.getByRole('button', { name: 'Start MLA-C01' }).click();
      await page.getByRole('timer').waitFor();
      for (let i = 0; i < FAULTS; i++) {
        const [delay, closeTab, action] = rand[i]!;
        const arm = () => (closeTab ? Promise.resolve() : page.evaluate((d) => ((window as unknown as { __reloadIn?: number }).__reloadIn = d), delay));
        if (i < 65 && expected.current < i) {
          await page.getByRole('button', { name: 'Next', exact: true }).click();
          expected.current++;
        }
        const q = await currentItem(page);
        const loaded = closeTab ? undefined : page.waitForEvent('load');
        const act = async () => {
          if (q.type === 'multiple-choice' && (i < 65 || action === 0)) {
            // Choose, then change one's mind in the same moment: the second choice must be what is kept.
            const right = i < 65 ? i % 3 !== 0 : expected.graded.get(q.id) !== 'right';
            const wrong = q.options.filter((o) => !o.correct);
            const last = right ? q.options.find((o) => o.correct)! : wrong[0]!;
            const first = right ? wrong[0]! : wrong[1]!;
            expected.graded.set(q.id, right ? 'right' : 'wrong');
            typesChanged.add(q.caseStudy ? 'case-study' : q.type);
            await arm();
            await burst(chooseTwice(first.text, last.text));
          } else if (i < 65) {
            // Every question is answered once, through the real controls of its type.
            const right = i % 3 !== 0;
            expected.graded.set(q.id, right ? 'right' : 'wrong');
            typesChanged.add(q.caseStudy ? 'case-study' : q.type);
            await answer(page, right, arm);
          } else if (action <= 1) {
            // Flag, unflag, flag in one moment: a net change of one.
            const flagged = expected.flags.has(q.id);
            if (flagged) expected.flags.delete(q.id);
            else expected.flags.add(q.id);
            await arm();
            await burst(clickText(flagged ? 'Unflag' : 'Flag for review', 3));
          } else {
            // Two moves in one moment; the first question has no Previous, the last no Next.
            const forward = expected.current <= 1 || (action === 2 && expected.current <= 62);
            expected.current += forward ? 2 : -2;
            await arm();
            await burst(clickText(forward ? 'Next' : 'Previous', 2));
          }
        };
        // The page may go away under the last change; that is the point.
        await act().catch((e: Error) => {
          if (!/Target|navigat|context|detached|destroyed/i.test(e.message)) throw e;
        });
        if (closeTab) {
          if (delay) await page.waitForTimeout(delay);
          await page.close();
          page = await context.newPage();
          await page.goto(server.url + '#/exam');
        } else await loaded;
        await page.getByRole('timer').waitFor();
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
        expect(stored.form.questions[stored.current]!.itemId).toBe((await currentItem(page)).id);
      }
      console.log(`reload storm: ${FAULTS} faults; lost answers ${lost.answers}, flags ${lost.flags}, positions ${lost.positions}; types changed: ${[...typesChanged].sort().join(', ')}`);
      if (FAULTS >= 65) expect(typesChanged).toEqual(new Set(['multiple-choice', 'multiple-response', 'ordering', 'matching', 'case-study']));
      expect(lost).toEqual({ answers: 0, flags: 0, positions: 0 });
    } finally {
      await close();
    }
  });
});
