// Offline after one visit, every request staying on the origin, reloads at random moments, and a full disk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import fc from 'fast-check';
import { launch, serveApp } from './browser.ts';
import { answer, currentItem } from './answers.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

/** Every page of the context gets a disk that fills when `setDiskFull(page, true)` says so. */
const simulateDiskFull = (context: BrowserContext) =>
  context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if ((window as { __diskFull?: boolean }).__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
const setDiskFull = (page: Page, full: boolean) => page.evaluate((f) => ((window as { __diskFull?: boolean }).__diskFull = f), full);

const questionNumber = async (page: Page) => Number((await page.getByText(/^Question \d+ of \d+$/).textContent())!.match(/\d+/)![0]);

describe('offline', () => {
  it('loads and runs an exam with the network gone after one visit, and can be installed', async () => {
    const { context, page, close } = await launch();
    try {
      const requests: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Start MLA-C02' }).waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      // The manifest an installable app needs.
      const manifest = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href)).json());
      expect(manifest).toMatchObject({ display: 'standalone', start_url: './' });
      expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

      await context.setOffline(true);
      await page.reload();
      await page.getByRole('radio', { name: /AIF-C01/ }).check();
      await page.getByRole('button', { name: 'Start AIF-C01' }).click();
      await page.getByRole('timer').waitFor();
      for (let n = 1; n <= 5; n++) {
        await answer(page, true);
        await page.getByRole('button', { name: 'Next', exact: true }).click();
      }
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      await page.getByRole('button', { name: 'End exam' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
      await page.getByTestId('verdict').waitFor();
      // Nothing ever left the app's own origin.
      const origin = new URL(server.url).origin;
      expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('faults', () => {
  it('keeps every answer, flag and the deadline through reloads at 20 random moments', async () => {
    const { page, close } = await launch();
    try {
      await page.goto(server.url);
      await page.getByRole('radio', { name: /MLA-C01/ }).check();
      await page.getByRole('button', { name: 'Start MLA-C01' }).click();
      await page.getByRole('timer').waitFor();
      const deadline = async () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('aws-mock-exam');
              open.onsuccess = () => {
                const req = open.result.transaction('attempts').objectStore('attempts').getAll();
                req.onsuccess = () => resolve(req.result.find((a: { status: string }) => a.status === 'running').deadline);
              };
            }),
        );
      const fixedDeadline = await deadline();
      const reloadAt = new Set(fc.sample(fc.integer({ min: 1, max: 64 }), { numRuns: 200, seed: 4242 }));
      const moments = [...reloadAt].slice(0, 20).sort((a, b) => a - b);
      expect(moments).toHaveLength(20);
      const answered: string[] = [];
      const flagged: string[] = [];
      for (let n = 1; n <= 64; n++) {
        const q = await answer(page, n % 2 === 0);
        answered.push(q.id);
        if (n % 7 === 0) {
          await page.getByRole('button', { name: 'Flag for review' }).click();
          flagged.push(q.id);
        }
        if (moments.includes(n)) {
          await page.reload();
          await page.getByRole('timer').waitFor();
          expect(await questionNumber(page)).toBe(n);
          expect((await currentItem(page)).id).toBe(q.id);
          expect(await deadline()).toBe(fixedDeadline);
          await page.getByRole('button', { name: 'Review', exact: true }).click();
          await expect(page.getByRole('button', { name: `Flagged (${flagged.length})` }).count()).resolves.toBe(1);
          await expect(page.getByRole('button', { name: `Unanswered (${65 - answered.length})` }).count()).resolves.toBe(1);
          await page.getByRole('button', { name: `Question ${n}:`, exact: false }).first().click();
        }
        await page.getByRole('button', { name: 'Next', exact: true }).click();
      }
    } finally {
      await close();
    }
  });

  it('with a full disk: warns before the first question, and at the end shows the score unsaved with a retry', async () => {
    const { context, page, close } = await launch();
    try {
      await simulateDiskFull(context);
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Start AIF-C01' }).or(page.getByRole('button', { name: 'Start MLA-C02' })).waitFor();
      await setDiskFull(page, true);
      await page.getByRole('radio', { name: /MLA-C01/ }).check();
      await page.getByRole('button', { name: 'Start MLA-C01' }).click();
      await page.getByText(/The new exam could not be saved, so it was not started.*storage is full/).waitFor();
      await expect(page.getByRole('timer').count()).resolves.toBe(0);

      await setDiskFull(page, false);
      await page.getByRole('radio', { name: /MLA-C01/ }).check();
      await page.getByRole('button', { name: 'Start MLA-C01' }).click();
      await page.getByRole('timer').waitFor();
      await answer(page, true);
      await setDiskFull(page, true);
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      await page.getByRole('button', { name: 'End exam' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
      // The score report, from memory, saying plainly it is not saved; navigation does not hide it.
      await page.getByTestId('verdict').waitFor();
      const alert = page.getByRole('alert').filter({ hasText: 'This result could not be saved' });
      await alert.waitFor();
      await expect(page.getByRole('button', { name: 'Download this attempt' }).count()).resolves.toBe(1);
      await setDiskFull(page, false);
      await page.getByRole('button', { name: 'Try saving again' }).click();
      await alert.waitFor({ state: 'detached' });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History', exact: true }).click();
      await page.locator('table.history tbody tr').first().waitFor();
      await expect(page.locator('table.history tbody tr').count()).resolves.toBe(1);
    } finally {
      await close();
    }
  });

  it('tells the candidate when storage is full, and what was saved stays readable', async () => {
    const { context, page, close } = await launch();
    try {
      await simulateDiskFull(context);
      await page.goto(server.url);
      await page.getByRole('radio', { name: /MLA-C01/ }).check();
      await page.getByRole('button', { name: 'Start MLA-C01' }).click();
      await page.getByRole('timer').waitFor();
      const first = await answer(page, true);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await setDiskFull(page, true);
      await answer(page, true);
      await page.getByRole('alert').getByText(/storage is full/).waitFor();
      await setDiskFull(page, false);
      await page.reload();
      await page.getByRole('timer').waitFor();
      // The answer saved before the disk filled is still there.
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      await page.getByRole('button', { name: /^Question 1:/ }).click();
      expect((await currentItem(page)).id).toBe(first.id);
      await expect(page.getByRole('button', { name: /^Question 1: Answered/ }).count()).resolves.toBe(0); // we are on the question page now
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      await expect(page.getByRole('button', { name: /^Question 1: Answered/ }).count()).resolves.toBe(1);
    } finally {
      await close();
    }
  });
});
