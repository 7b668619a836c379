// Imported data is rendered as text, and the Content-Security-Policy blocks scripts the app did not ship.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMS } from '../../question-bank/exams.ts';
import { buildForm } from '../../src/core/form.ts';
import { newAttempt } from '../../src/exam/attempt.ts';
import { makeBackup } from '../../src/storage/backup.ts';
import { launch, serveApp } from './browser.ts';
import { byId } from './answers.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

const PAYLOAD = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

describe('security', () => {
  it('renders an import file carrying script payloads as inert data', async () => {
    const form = buildForm([...byId.values()], EXAMS['AIF-C01'], 77);
    const attempt = {
      ...newAttempt({ id: `evil${PAYLOAD}`, form, mode: 'exam', now: Date.UTC(2026, 10, 1), minutes: 90, accommodationMinutes: 30, accommodation: false }),
      status: 'finished' as const,
      finishedAt: Date.UTC(2026, 10, 1, 1),
      flags: [PAYLOAD],
      struck: { [PAYLOAD]: [PAYLOAD] },
    };
    const file = JSON.stringify(makeBackup([attempt], [], Date.now()));
    const { page, close } = await launch();
    try {
      await page.goto(server.url);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your data', exact: true }).click();
      await page.getByLabel('Backup file').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      await page.getByRole('status').getByText(/Imported 1 attempt/).waitFor();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History', exact: true }).click();
      await page.getByRole('button', { name: 'Results' }).click();
      await page.getByTestId('verdict').waitFor();
      await page.getByRole('button', { name: 'Review answers' }).click();
      await page.locator('article.review-item').first().waitFor();
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img, script:not([src])').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('blocks an inline script injected into the page', async () => {
    const { page, close } = await launch();
    try {
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Start MLA-C02' }).waitFor();
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.body.append(s);
      });
      expect(await page.evaluate(() => (window as { __inline?: number }).__inline)).toBeUndefined();
    } finally {
      await close();
    }
  });
});
