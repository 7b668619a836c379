/**
 * Offline support without a framework: after the bundle is written, emit `sw.js` that precaches the app shell and
 * every emitted asset (question banks included) under a cache named after the build, so one visit is enough to
 * sit an exam offline. Chosen over vite-plugin-pwa to avoid pulling Workbox in for ~50 lines of worker.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export function offline(): Plugin {
  return {
    name: 'offline-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map'));
      const urls = ['./', ...files.map((f) => `./${f}`), './favicon.svg', './manifest.webmanifest', './icon-192.png', './icon-512.png'];
      const version = createHash('sha256').update(urls.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: worker(version, urls) });
    },
  };
}

function worker(version: string, urls: string[]): string {
  return `// Generated at build time. Precaches the app so it loads and runs with no network.
const CACHE = 'aws-mock-exam-${version}';
const PRECACHE = ${JSON.stringify(urls)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('aws-mock-exam-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // The page: fresh when online, the cached shell when not.
    event.respondWith(fetch(req).catch(() => caches.match('./', { ignoreSearch: true, ignoreVary: true })));
    return;
  }
  // Hashed assets never change: cache first (ignoring Vary: module scripts carry an Origin header the precache did not).
  event.respondWith(caches.match(req.url, { ignoreVary: true }).then((hit) => hit || fetch(req)));
});
`;
}
