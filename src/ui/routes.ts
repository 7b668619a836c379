/**
 * The app's routes: what each page is called, its URL hash, and the lazily loaded screen that shows it. Everything
 * but the start page is loaded on first use, so the start page stays small.
 */
import type { Component } from 'svelte';

export type Route =
  | { name: 'loading' }
  | { name: 'start' }
  | { name: 'practice' }
  | { name: 'history' }
  | { name: 'trends' }
  | { name: 'data' }
  | { name: 'exam' }
  | { name: 'results'; id: string }
  | { name: 'review'; id: string };

/** The pages in the main navigation, in order. */
export const PAGES = ['start', 'practice', 'history', 'trends', 'data'] as const;
export const PAGE_TITLES: Record<(typeof PAGES)[number], string> = { start: 'Exam', practice: 'Practice', history: 'History', trends: 'Trends', data: 'Your data' };

function lazy<P extends Record<string, unknown>>(load: () => Promise<{ default: Component<P> }>) {
  let p: Promise<{ default: Component<P> }> | undefined;
  return () => (p ??= load());
}

export const screens = {
  exam: lazy(() => import('./ExamScreen.svelte')),
  results: lazy(() => import('./Results.svelte')),
  review: lazy(() => import('./review/ReviewAttempt.svelte')),
  practice: lazy(() => import('./PracticeSetup.svelte')),
  history: lazy(() => import('./History.svelte')),
  trends: lazy(() => import('./Trends.svelte')),
  data: lazy(() => import('./DataScreen.svelte')),
};

export function hashOf(r: Route): string {
  if (r.name === 'results' || r.name === 'review') return `#/${r.name}/${encodeURIComponent(r.id)}`;
  return r.name === 'start' || r.name === 'loading' ? '#/' : `#/${r.name}`;
}

export function routeFromHash(hash: string): Route {
  const m = /^#\/(results|review)\/(.+)$/.exec(hash);
  if (m) return { name: m[1] as 'results' | 'review', id: decodeURIComponent(m[2]!) };
  const page = hash.replace(/^#\//, '');
  return (PAGES as readonly string[]).includes(page) ? ({ name: page } as Route) : { name: 'start' };
}
