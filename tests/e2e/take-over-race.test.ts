// Take-over races: tab A answers in a burst while tab B takes the exam over. Whatever A had stored must survive B's
// take-over and B's first write; A's writes after the take-over are refused, never merged over B's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serveApp } from './browser.ts';

const RACES = Number(process.env.TAKEOVER_RACES ?? 20);

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

/** Reads the running (or any) attempt's answered question ids from IndexedDB, in a page of the app's origin. */
const READ = `new Promise((resolve, reject) => {
  const open = indexedDB.open('aws-mock-exam');
  open.onsuccess = () => {
    const req = open.result.transaction('attempts').objectStore('attempts').getAll();
    req.onsuccess = () => { open.result.close(); resolve(req.result.map((a) => ({ id: a.id, rev: a.rev, writer: a.writer, answered: Object.keys(a.responses) }))); };
    req.onerror = () => reject(req.error);
  };
  open.onerror = () => reject(open.error);
})`;

describe('take-over races', () => {
  it(`erase no stored answer in ${RACES} races of an answer burst against a take-over`, { timeout: 60_000 + RACES * 30_000 }, async () => {
    let erased = 0;
    let observed = 0;
    let refusedLate = 0;
    for (let race = 0; race < RACES; race++) {
      const { context, page: a, close } = await launch();
      try {
        await a.goto(server.url);
        await a.getByRole('radio', { name: /MLA-C02/ }).check();
        await a.getByRole('button', { name: 'Start MLA-C02' }).click();
        await a.getByRole('timer').waitFor();
        for (let i = 0; i < 3; i++) await a.keyboard.press('1').then(() => a.keyboard.press('n'));

        // An observer on the same origin (a static file, no app code) polls the store and keeps every answered id seen.
        const o = await context.newPage();
        await o.goto(`${server.url}favicon.svg`);
        // (The loop runs on in the page; evaluate returns at once.)
        await o.evaluate(`(window.__seen = new Set(), window.__stop = false, void (async () => {
          while (!window.__stop) {
            for (const a of await ${READ}) for (const id of a.answered) window.__seen.add(id);
            await new Promise((r) => setTimeout(r, 2));
          }
        })(), 0)`);

        const b = await context.newPage();
        await b.goto(server.url);
        await b.getByRole('button', { name: 'Take it over here' }).waitFor();
        // The race: a burst of answers in A while B takes over after a random 0–60 ms.
        const burst = (async () => {
          for (let i = 0; i < 12; i++) {
            await a.keyboard.press('1');
            await a.keyboard.press('n');
          }
        })();
        await new Promise((r) => setTimeout(r, Math.random() * 60));
        await b.getByRole('button', { name: 'Take it over here' }).click();
        await Promise.all([burst, b.getByRole('timer').waitFor()]);
        // B's first own write.
        await b.keyboard.press('f');
        await new Promise((r) => setTimeout(r, 400));
        await o.evaluate('window.__stop = true');
        const seen = (await o.evaluate('[...window.__seen]')) as string[];
        const [final] = (await o.evaluate(READ)) as { answered: string[]; writer: string }[];
        const lost = seen.filter((id) => !final!.answered.includes(id));
        erased += lost.length;
        observed += seen.length;
        // A stopped saving: it says so, and nothing it does now reaches the store.
        await a.getByRole('heading', { name: 'This exam continues in another tab' }).waitFor();
        const before = final!.answered.length;
        await a.keyboard.press('1');
        const [after] = (await o.evaluate(READ)) as { answered: string[] }[];
        if (after!.answered.length === before) refusedLate++;
      } finally {
        await close();
      }
    }
    console.log(`take-over races: ${RACES}; answers seen stored ${observed}; erased ${erased}; late writes refused in ${refusedLate} of ${RACES}`);
    expect(erased).toBe(0);
    expect(refusedLate).toBe(RACES);
    expect(observed).toBeGreaterThan(RACES * 3);
  });
});
