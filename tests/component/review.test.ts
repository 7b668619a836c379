// The review of a finished attempt: filters with counts, and each type's answer display.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { EXAMS } from '../../question-bank/exams.ts';
import { correctResponseOf, type Response } from '../../question-bank/schema.ts';
import { scoreAttempt } from '../../scoring/index.ts';
import { buildForm } from '../../src/core/form.ts';
import { newAttempt, type Attempt } from '../../src/exam/attempt.ts';
import ReviewAttempt from '../../src/ui/review/ReviewAttempt.svelte';
import { makeBank } from '../fixtures/bank.ts';

const exam = EXAMS['MLA-C01'];
const questions = makeBank('MLA-C01', 25, 2);
const bank = { questions, byId: new Map(questions.map((q) => [q.id, q])) };
const form = buildForm(questions, exam, 21);
const T0 = Date.UTC(2026, 10, 1);

// Question i: right when i % 3 === 0, wrong when i % 3 === 1, blank otherwise; 1, 2 and 4 flagged.
function wrong(id: string): Response {
  const q = bank.byId.get(id)!;
  if (q.type === 'multiple-choice') return { type: q.type, choice: 'a' };
  if (q.type === 'multiple-response') return { type: q.type, choices: ['b', 'c'] };
  if (q.type === 'ordering') return { type: q.type, sequence: ['s1', 's2', 's3'] };
  return { type: 'matching', pairs: { p1: 'r1', p2: 'r2', p3: 'r3' } };
}
const responses: Record<string, Response> = {};
form.questions.forEach((fq, i) => {
  if (i % 3 === 0) responses[fq.itemId] = correctResponseOf(bank.byId.get(fq.itemId)!);
  if (i % 3 === 1) responses[fq.itemId] = wrong(fq.itemId);
});
const attempt: Attempt = {
  ...newAttempt({ id: 'r1', form, mode: 'exam', now: T0, minutes: 130, accommodationMinutes: 30, accommodation: false }),
  status: 'finished',
  finishedAt: T0 + 100 * 60_000,
  responses,
  flags: [form.questions[1]!.itemId, form.questions[2]!.itemId, form.questions[4]!.itemId],
};
const report = scoreAttempt(exam, form, (id) => bank.byId.get(id), responses);

function setup() {
  render(ReviewAttempt, { attempt, report, bank, onback: () => {} });
  return userEvent.setup();
}
const articles = () => screen.queryAllByRole('article');

describe('review filters', () => {
  it('counts each filter and shows only the matching questions', async () => {
    const user = setup();
    expect(articles()).toHaveLength(65);
    expect(screen.getByRole('button', { name: 'Incorrect (22)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unanswered (21)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Flagged (3)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unscored (15)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Flagged (3)' }));
    expect(articles().map((a) => within(a).getByRole('heading', { level: 2 }).textContent)).toEqual([
      expect.stringMatching(/^Question 2 Incorrect/),
      expect.stringMatching(/^Question 3 Unanswered/),
      expect.stringMatching(/^Question 5 Incorrect/),
    ]);
    await user.click(screen.getByRole('button', { name: 'Unscored (15)' }));
    expect(articles()).toHaveLength(15);
    expect(articles().every((a) => within(a).queryByText('Unscored (not counted)'))).toBe(true);
  });

  it('filters by domain and by type, and the counts follow', async () => {
    const user = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Domain' }), '3');
    expect(articles()).toHaveLength(14);
    expect(articles().every((a) => within(a).getByText(/^Domain 3 ·/))).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Domain' }), 'all');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'ordering');
    expect(articles().length).toBeGreaterThan(0);
    expect(articles().every((a) => within(a).getByText(/· Ordering ·/))).toBe(true);
    const all = Number(/All \((\d+)\)/.exec(screen.getByRole('button', { name: /^All \(/ }).textContent!)![1]);
    expect(all).toBe(articles().length);
  });
});

describe('answer displays', () => {
  const firstOf = (pred: (i: number, type: string) => boolean) => {
    const i = form.questions.findIndex((fq, i) => !fq.caseStudyId && pred(i, bank.byId.get(fq.itemId)!.type));
    return articles()[i]!;
  };
  it('shows a wrong choice beside the correct one, with every rationale', () => {
    setup();
    const a = firstOf((i, t) => i % 3 === 1 && t === 'multiple-choice');
    expect(within(a).getByText('Your answer').closest('li')).toHaveTextContent('Option a');
    expect(within(a).getByText('Correct answer').closest('li')).toHaveTextContent('Option b');
    for (const o of ['a', 'b', 'c', 'd']) expect(within(a).getByText(`Why ${o}`)).toBeInTheDocument();
    expect(within(a).getByRole('link', { name: 'Amazon SageMaker AI Developer Guide' })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/docs\.aws\.amazon\.com\//));
  });
  it('shows both sequences for ordering', () => {
    setup();
    const a = firstOf((i, t) => i % 3 === 1 && t === 'ordering');
    const [yours, key] = within(a).getAllByRole('list').slice(0, 2);
    expect(within(yours!).getAllByRole('listitem').map((li) => li.textContent!.trim())).toEqual([
      expect.stringMatching(/^Step s1/), expect.stringMatching(/^Step s2/), expect.stringMatching(/^Step s3/),
    ]);
    expect(within(key!).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Step s3', 'Step s1', 'Step s2']);
  });
  it('shows a table of pairs for matching', () => {
    setup();
    const a = firstOf((i, t) => i % 3 === 1 && t === 'matching');
    const row = within(a).getByRole('row', { name: /Speech to text/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Amazon Polly', 'Amazon Transcribe', 'Transcribe']);
  });
  it('says when a question was not answered', () => {
    setup();
    const a = firstOf((i) => i % 3 === 2);
    expect(within(a).getByText('Not answered')).toBeInTheDocument();
    expect(within(a).queryByText('Your answer')).toBeNull();
  });
});
