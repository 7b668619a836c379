// The study plan, the confidence control and the review's confidence lists, as a candidate uses them.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { EXAMS } from '../../question-bank/exams.ts';
import { correctResponseOf } from '../../question-bank/schema.ts';
import { diagnose, type Outcome } from '../../scoring/diagnosis.ts';
import { scoreAttempt } from '../../scoring/index.ts';
import { buildForm } from '../../src/core/form.ts';
import { newAttempt, type Attempt } from '../../src/exam/attempt.ts';
import { MemoryRepository } from '../../src/storage/repository.ts';
import { ExamSession } from '../../src/ui/session.svelte.ts';
import ExamScreen from '../../src/ui/ExamScreen.svelte';
import StudyPlan from '../../src/ui/StudyPlan.svelte';
import ReviewAttempt from '../../src/ui/review/ReviewAttempt.svelte';
import { makeBank } from '../fixtures/bank.ts';

const ref = (n: number) => ({ title: `Guide page ${n}`, url: `https://docs.aws.amazon.com/guide/p${n}.html` });

describe('study plan', () => {
  const outcomes: Outcome[] = [
    ...Array.from({ length: 10 }, (_, i): Outcome => ({ itemId: `w${i}`, task: '1.2', state: i < 2 ? 'right' : 'wrong', references: i % 2 ? [ref(1)] : [ref(1), ref(2)] })),
    ...Array.from({ length: 4 }, (_, i): Outcome => ({ itemId: `m${i}`, task: '3.3', state: i < 2 ? 'right' : 'wrong', references: [ref(3)] })),
    ...Array.from({ length: 10 }, (_, i): Outcome => ({ itemId: `s${i}`, task: '2.1', state: 'right', references: [ref(4)] })),
  ];
  const diagnoses = diagnose(EXAMS['MLA-C02'], outcomes, 0.65);

  it('shows every task statement with its result, and the plan weakest first with pages and a practice button', async () => {
    const onpractise = vi.fn();
    render(StudyPlan, { diagnoses, needed: 0.65, basis: 'this exam', onpractise });
    const rows = within(screen.getByTestId('task-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    const row = (task: string) => rows.find((r) => r.textContent!.startsWith(task))!.textContent!;
    expect(row('1.2')).toMatch(/2 \/ 10.*Weak/);
    expect(row('2.1')).toMatch(/10 \/ 10.*Strong/);
    expect(row('3.3')).toMatch(/2 \/ 4.*Not enough data/);
    expect(row('4.1')).toMatch(/—.*Not enough data/);
    const plan = within(screen.getByTestId('study-plan')).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(plan).toEqual(['Task 1.2: Perform data transformation, feature engineering, and pre-processing', 'Task 3.3: Implement automated orchestration and CI/CD pipelines for MLOps and AI workloads']);
    const first = screen.getByTestId('study-plan').querySelector('li')!;
    expect(within(first).getAllByRole('link').map((a) => a.textContent)).toEqual(['Guide page 1', 'Guide page 2']);
    expect(first.textContent).toMatch(/cited by 8 missed questions/);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Practise task 1.2' }));
    expect(onpractise).toHaveBeenCalledWith('1.2', ['w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'w9']);
  });
});

describe('confidence marks', () => {
  const questions = makeBank('MLA-C02', 40, 0);
  const bank = { questions, byId: new Map(questions.map((q) => [q.id, q])) };
  const form = buildForm(questions, EXAMS['MLA-C02'], 5);
  const T0 = Date.UTC(2026, 10, 24, 9);

  it('are offered once a question is answered, by button and key, and can be taken back', async () => {
    const attempt = newAttempt({ id: 'c1', form, mode: 'exam', now: T0, minutes: 130, accommodationMinutes: 30, accommodation: false, confidenceOn: true });
    const session = new ExamSession({ attempt, bank, repo: new MemoryRepository(), clock: () => T0 + 1000, monotonic: () => 0 });
    session.stopClock();
    render(ExamScreen, { session });
    const user = userEvent.setup();
    const id = form.questions[0]!.itemId;
    expect(screen.queryByRole('group', { name: 'How sure are you of this answer?' })).toBeNull();
    await user.keyboard('1'); // answer with option 1
    const group = screen.getByRole('group', { name: 'How sure are you of this answer?' });
    await user.click(within(group).getByRole('button', { name: /Sure/ }));
    expect(session.attempt.confidence).toEqual({ [id]: 'sure' });
    expect(within(group).getByRole('button', { name: /^Sure/ })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('g');
    expect(session.attempt.confidence).toEqual({ [id]: 'guess' });
    await user.keyboard('g');
    expect(session.attempt.confidence).toEqual({});
    session.stop();
  });

  it('are not offered when the candidate did not choose them', async () => {
    const attempt = newAttempt({ id: 'c2', form, mode: 'exam', now: T0, minutes: 130, accommodationMinutes: 30, accommodation: false });
    const session = new ExamSession({ attempt, bank, repo: new MemoryRepository(), clock: () => T0 + 1000, monotonic: () => 0 });
    session.stopClock();
    render(ExamScreen, { session });
    await userEvent.setup().keyboard('1s');
    expect(screen.queryByRole('group', { name: 'How sure are you of this answer?' })).toBeNull();
    expect(session.attempt.confidence).toBeUndefined();
    session.stop();
  });

  it('give the review its confident errors and lucky guesses, and each question how often it was seen before', async () => {
    const [a, b, c, d] = form.questions.map((q) => q.itemId);
    const responses = { [a!]: correctResponseOf(bank.byId.get(a!)!), [c!]: correctResponseOf(bank.byId.get(c!)!) };
    const done: Attempt = {
      ...newAttempt({ id: 'c3', form, mode: 'exam', now: T0, minutes: 130, accommodationMinutes: 30, accommodation: false, confidenceOn: true }),
      status: 'finished',
      finishedAt: T0 + 3_600_000,
      responses,
      confidence: { [a!]: 'sure', [b!]: 'sure', [c!]: 'guess', [d!]: 'guess' },
    };
    const report = scoreAttempt(EXAMS['MLA-C02'], form, (id) => bank.byId.get(id), responses);
    const before = new Map([[a!, { seen: 2, right: 1 }]]);
    render(ReviewAttempt, { attempt: done, report, bank, before, onback: () => {} });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Confident errors .*\(1\)/ }));
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('article').textContent).toMatch(/Question 2[\s\S]*You said: Sure/);
    await user.click(screen.getByRole('button', { name: /Lucky guesses .*\(1\)/ }));
    expect(screen.getByRole('article').textContent).toMatch(/Question 3[\s\S]*You said: Guess/);
    await user.click(screen.getByRole('button', { name: /^All/ }));
    const seen = screen.getAllByTestId('seen-before').map((t) => t.textContent);
    expect(seen[0]).toBe('Seen 2 times before, right 1');
    expect(seen[1]).toBe('First time seen');
  });
});
