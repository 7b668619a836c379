// Bank text is rendered as text: script and event-handler payloads in any field never run or become elements.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import { questionSchema, type Question } from '../../question-bank/schema.ts';
import ItemView from '../../src/ui/items/ItemView.svelte';
import AnswerReview from '../../src/ui/review/AnswerReview.svelte';
import Prose from '../../src/ui/Prose.svelte';

const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '"><svg onload="window.__pwned = 3">',
  '<a href="javascript:window.__pwned = 4">click</a>',
];
const ref = [{ title: PAYLOADS[1]!, url: 'https://docs.aws.amazon.com/x.html' }];

const items: Question[] = [
  questionSchema.parse({
    id: 'x-1', type: 'multiple-choice', domain: 1, task: '1.1', angoff: 0.5, references: ref, stem: PAYLOADS.join(' '), explanation: PAYLOADS[2],
    options: PAYLOADS.map((p, i) => ({ id: `o${i}`, text: p, rationale: p, correct: i === 0 })),
  }),
  questionSchema.parse({
    id: 'x-2', type: 'ordering', domain: 1, task: '1.1', angoff: 0.5, references: ref,
    stem: `${PAYLOADS[0]} (Select and order THREE.)`,
    steps: PAYLOADS.map((p, i) => ({ id: `s${i}`, text: p, rationale: p })), answer: ['s0', 's1', 's2'],
  }),
  questionSchema.parse({
    id: 'x-3', type: 'matching', domain: 1, task: '1.1', angoff: 0.5, references: ref, reuse: 'many',
    stem: `${PAYLOADS[1]} Each response is used one or more times.`,
    prompts: PAYLOADS.slice(0, 3).map((p, i) => ({ id: `p${i}`, text: p, answer: i === 1 ? 'r1' : 'r0', rationale: p })),
    responses: [{ id: 'r0', text: PAYLOADS[3]! }, { id: 'r1', text: PAYLOADS[0]! }],
  }),
];

afterEach(() => {
  delete (window as { __pwned?: number }).__pwned;
});

function assertInert(container: HTMLElement) {
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  expect(container.querySelectorAll('script, img, svg, a[href^="javascript"]')).toHaveLength(0);
  expect(container.textContent).toMatch(/<(script>|img |svg |a )/); // shown as text
}

describe('formatted text', () => {
  it('renders the build\'s tree as paragraphs, lists and code elements, with payloads inside it as text', () => {
    const rich = [
      { p: ['Requirements ', { code: '<img src=x onerror="window.__pwned=9">' }, ':'] },
      { ul: [['Latency under ', { strong: ['150 ms'] }], ['<script>window.__pwned = 10</script>']] },
      { ol: [['first'], ['second']], start: 2 },
    ] as const;
    const { container } = render(Prose, { text: 'ignored when a tree is given', rich });
    expect([...container.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['Latency under 150 ms', '<script>window.__pwned = 10</script>']);
    expect(container.querySelector('ol')?.getAttribute('start')).toBe('2');
    expect(container.querySelector('code')?.textContent).toBe('<img src=x onerror="window.__pwned=9">');
    expect(container.querySelector('strong')?.textContent).toBe('150 ms');
    assertInert(container);
  });
});

describe('untrusted text', () => {
  it('renders every field of every item view as text', () => {
    for (const item of items) {
      const order = item.type === 'ordering' ? item.steps.map((s) => s.id) : item.type === 'matching' ? item.responses.map((r) => r.id) : item.type === 'multiple-choice' || item.type === 'multiple-response' ? item.options.map((o) => o.id) : [];
      const view = render(ItemView, { item, order, response: undefined, onchange: () => {} });
      const review = render(AnswerReview, { item, order, response: undefined, grade: { fraction: 0, state: 'unanswered' } });
      const stem = render(Prose, { text: item.stem });
      for (const r of [view, review, stem]) assertInert(r.container);
    }
  });
});
