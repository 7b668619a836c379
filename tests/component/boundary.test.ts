// A render error on a screen shows what failed and a way back, never a blank page.
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import BoundaryHarness from './BoundaryHarness.svelte';

describe('screen boundary', () => {
  it('renders the screen when nothing fails', () => {
    render(BoundaryHarness, { fail: false, onhome: () => {} });
    expect(screen.getByText('Rendered fine')).toBeInTheDocument();
  });

  it('shows the error and a way back to the start page instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onhome = vi.fn();
    render(BoundaryHarness, { fail: true, onhome });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This page could not be shown');
    expect(alert).toHaveTextContent('question x-9 is missing');
    await userEvent.click(screen.getByRole('button', { name: 'Back to the start page' }));
    expect(onhome).toHaveBeenCalledOnce();
  });
});
