// Nice-to-have lists (issue 9 §2): shown apart from requirements in the role panel
// and as their own section in compare, as a user reading a real page expects.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { compilePages } from '../../src/compiler/compile.ts';
import { panel, renderApp } from './render-app';

const PAGE = `---
title: Widget Engineering
---
## Levels

### Widget Engineer

#### Job Grade

The Widget Engineer is a grade 6.

#### Requirements

- Ruby

#### Nice-to-haves

- Go experience

### Senior Widget Engineer

#### Job Grade

The Senior Widget Engineer is a grade 7.

#### Requirements

- Extends the Widget Engineer requirements
- Mentoring

#### Nice to have

- Rust experience
`;

const graph = () => compilePages([{ file: 'widgets.md', content: PAGE }]).graph;

describe('nice-to-have', () => {
  it('the role panel shows nice-to-haves apart from requirements', async () => {
    renderApp({ url: '/roles/widget-engineering/widget-engineer', data: graph() });
    const aside = await panel();
    const requirements = within(aside).getByRole('region', { name: 'Requirements' });
    expect(within(requirements).queryByText('Go experience')).toBeNull();
    const nice = within(aside).getByRole('region', { name: 'Nice to have' });
    expect(within(nice).getByText('Go experience')).toBeInTheDocument();
  });

  it('compare lines nice-to-haves up in their own section', async () => {
    renderApp({ url: '/compare?roles=widget-engineering/widget-engineer,widget-engineering/senior-widget-engineer', data: graph() });
    expect(await screen.findByText('Rust experience')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { name: /Nice to have/ }).length).toBeGreaterThan(0);
  });
});
