// Each control answers, changes and clears a response, by mouse and by keyboard.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Question, Response } from '../../question-bank/schema.ts';
import { matching, multipleChoice, multipleResponse, ordering } from '../fixtures/bank.ts';
import Harness from './Harness.svelte';

function setup(item: Question, order: string[]) {
  const log: (Response | null)[] = [];
  const user = userEvent.setup();
  render(Harness, { item, order, log });
  return { log, user };
}

describe('multiple choice', () => {
  const item = multipleChoice('mla-1.1-001', 1, '1.1');
  it('answers and changes by mouse, in the shuffled order', async () => {
    const { log, user } = setup(item, ['c', 'a', 'd', 'b']);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['c', 'a', 'd', 'b']);
    await user.click(screen.getByRole('radio', { name: 'Option b' }));
    await user.click(screen.getByRole('radio', { name: 'Option d' }));
    expect(log).toEqual([{ type: 'multiple-choice', choice: 'b' }, { type: 'multiple-choice', choice: 'd' }]);
    expect(screen.getByRole('radio', { name: 'Option d' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Option b' })).not.toBeChecked();
  });
  it('answers and changes by keyboard', async () => {
    const { log, user } = setup(item, ['a', 'b', 'c', 'd']);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Option a' })).toHaveFocus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}');
    expect(log.at(-1)).toEqual({ type: 'multiple-choice', choice: 'b' });
    expect(screen.getByRole('radio', { name: 'Option b' })).toBeChecked();
  });
  it('rules an option out and restores it', async () => {
    const { user } = setup(item, ['a', 'b', 'c', 'd']);
    const toggle = screen.getByRole('button', { name: 'Rule out option C' });
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Restore option C' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('radio', { name: /Option c/ }).closest('.choice')).toHaveClass('struck');
    await user.click(screen.getByRole('button', { name: 'Restore option C' }));
    expect(screen.getByRole('radio', { name: 'Option c' }).closest('.choice')).not.toHaveClass('struck');
  });
});

describe('multiple response', () => {
  const item = multipleResponse('mla-1.1-002', 1, '1.1');
  it('selects, changes and clears by mouse, counting against the number to select', async () => {
    const { log, user } = setup(item, ['a', 'b', 'c', 'd', 'e']);
    await user.click(screen.getByRole('checkbox', { name: 'Action a' }));
    expect(screen.getByText(/1 of 2 selected/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Action c' }));
    await user.click(screen.getByRole('checkbox', { name: 'Action c' }));
    await user.click(screen.getByRole('checkbox', { name: 'Action d' }));
    expect(log.at(-1)).toEqual({ type: 'multiple-response', choices: ['a', 'd'] });
    await user.click(screen.getByRole('checkbox', { name: 'Action e' }));
    expect(screen.getByText(/select only 2/)).toBeInTheDocument();
    for (const id of ['a', 'd', 'e']) await user.click(screen.getByRole('checkbox', { name: `Action ${id}` }));
    expect(log.at(-1)).toBeNull();
  });
  it('toggles by keyboard with Space', async () => {
    const { log, user } = setup(item, ['a', 'b', 'c', 'd', 'e']);
    await user.tab();
    await user.keyboard(' ');
    await user.tab(); // the strike toggle
    await user.tab();
    await user.keyboard(' ');
    expect(log.at(-1)).toEqual({ type: 'multiple-response', choices: ['a', 'b'] });
  });
});

describe('ordering', () => {
  const item = ordering('mla-3.3-001', 3, '3.3');
  it('adds, moves and removes steps with buttons', async () => {
    const { log, user } = setup(item, ['s4', 's2', 's1', 's3']);
    await user.click(screen.getByRole('button', { name: 'Add step: Step s1' }));
    await user.click(screen.getByRole('button', { name: 'Add step: Step s3' }));
    await user.click(screen.getByRole('button', { name: 'Add step: Step s2' }));
    expect(log.at(-1)).toEqual({ type: 'ordering', sequence: ['s1', 's3', 's2'] });
    // The order is full: the remaining step cannot be added until one is removed.
    expect(screen.getByRole('button', { name: 'Add step: Step s4' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move up: Step s3' }));
    expect(log.at(-1)).toEqual({ type: 'ordering', sequence: ['s3', 's1', 's2'] });
    const chosen = screen.getByRole('heading', { name: /Your order/ }).parentElement!;
    expect(within(chosen).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Step s3'), expect.stringContaining('Step s1'), expect.stringContaining('Step s2'),
    ]);
    for (const s of ['s3', 's1', 's2']) await user.click(screen.getByRole('button', { name: `Remove: Step ${s}` }));
    expect(log.at(-1)).toBeNull();
  });
  it('works from the keyboard alone and keeps focus on the moved step', async () => {
    const { log, user } = setup(item, ['s3', 's1', 's2', 's4']);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Add step: Step s3' })).toHaveFocus();
    await user.keyboard('{Enter}'); // s3 added; focus moves to the next Add button
    expect(screen.getByRole('button', { name: 'Add step: Step s1' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(log.at(-1)).toEqual({ type: 'ordering', sequence: ['s3', 's1', 's2'] });
    screen.getByRole('button', { name: 'Move down: Step s3' }).focus();
    await user.keyboard('{Enter}');
    expect(log.at(-1)).toEqual({ type: 'ordering', sequence: ['s1', 's3', 's2'] });
    expect(screen.getByRole('button', { name: 'Move down: Step s3' })).toHaveFocus();
  });
});

describe('matching', () => {
  const item = matching('aif-1.2-001', 1, '1.2');
  it('pairs each prompt with a select; choosing a response another prompt holds swaps the two, with undo', async () => {
    const { log, user } = setup(item, ['r1', 'r2', 'r3', 'r4']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speech to text' }), 'Amazon Transcribe');
    const second = screen.getByRole('combobox', { name: 'Text to speech' });
    // A response used elsewhere stays choosable under "one time or not at all" and says that choosing it swaps.
    expect(within(second).getByRole('option', { name: /Amazon Transcribe \(in use: choosing it swaps\)/ })).toBeEnabled();
    await user.selectOptions(second, 'Amazon Polly');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Translation' }), 'Amazon Translate');
    expect(log.at(-1)).toEqual({ type: 'matching', pairs: { p1: 'r2', p2: 'r1', p3: 'r3' } });
    // Choosing Transcribe for "Text to speech" moves it there; "Speech to text" takes Polly in exchange.
    await user.selectOptions(second, 'r2');
    expect(log.at(-1)).toEqual({ type: 'matching', pairs: { p1: 'r1', p2: 'r2', p3: 'r3' } });
    expect(screen.getAllByText(/Moved “Amazon Transcribe” from “Speech to text”/).length).toBeGreaterThan(0); // shown and announced
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect(log.at(-1)).toEqual({ type: 'matching', pairs: { p1: 'r2', p2: 'r1', p3: 'r3' } });
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
    // Moving a response to a prompt that had none leaves the other prompt empty.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Translation' }), 'Choose a response…');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Translation' }), 'r1');
    expect(log.at(-1)).toEqual({ type: 'matching', pairs: { p1: 'r2', p3: 'r1' } });
    await user.selectOptions(second, 'Amazon Lex');
    expect(log.at(-1)).toEqual({ type: 'matching', pairs: { p1: 'r2', p2: 'r4', p3: 'r1' } });
    for (const name of ['Speech to text', 'Text to speech', 'Translation'])
      await user.selectOptions(screen.getByRole('combobox', { name }), 'Choose a response…');
    expect(log.at(-1)).toBeNull();
  });
  it('reaches the native select of every prompt with Tab, labelled by its prompt', async () => {
    // Choosing inside a native select by arrow keys is the browser's own behaviour (jsdom does not emulate it).
    const { user } = setup(item, ['r1', 'r2', 'r3', 'r4']);
    for (const name of ['Speech to text', 'Text to speech', 'Translation']) {
      await user.tab();
      expect(screen.getByRole('combobox', { name })).toHaveFocus();
    }
  });
});
