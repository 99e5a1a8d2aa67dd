// The word diff shown in compare and in a plan: word by word where it can be
// computed cheaply, else the new text whole with a note saying why (issue 10 §6:
// two 6,300-word items must not block the page, nor show a wall of strike-through).
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DiffText } from '@/components/diff-text';
import { wordDiff } from '@/model/item-match';

const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `word${(i * seed) % 997}`).join(' ');

describe('DiffText', () => {
  it('marks added and removed words, each named for screen readers', () => {
    const { container } = render(<DiffText parts={wordDiff('Lead the team', 'Lead the whole team')} />);
    expect(container.querySelector('ins')).toHaveTextContent('[added: whole ]');
    expect(container.querySelector('del')).toBeNull();
  });

  it('shows two very long rewordings as the new text whole, saying it is too long to compare word by word', () => {
    const after = words(6300, 11);
    const { container } = render(<DiffText parts={wordDiff(words(6300, 7), after)} />);
    expect(container.querySelector('del')).toBeNull();
    expect(container.querySelector('ins')).toBeNull();
    expect(container).toHaveTextContent(after.slice(0, 200));
    expect(screen.getByText(/too long or too different to compare word by word/)).toBeInTheDocument();
  });
});
