/** The hero in jsdom: its figures come from data/, and the counting note opens on demand. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { organization } from '../../data/index.ts';
import copy from '../../data/copy/en.json';
import { formatNumber } from '../../src/lib/format.ts';
import Hero from '../../src/story/Hero.svelte';

const { headline } = organization;

describe('Hero', () => {
  it('shows the title and the three headline figures from organization.json', () => {
    render(Hero);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(copy.hero.title);
    const figures = screen.getAllByRole('definition').map((dd) => dd.textContent?.trim());
    expect(figures).toEqual([
      String(headline.founded),
      formatNumber(headline.schools.value),
      `${headline.scholars.qualifier} ${formatNumber(headline.scholars.value)}`,
    ]);
  });

  it('links the figures to their source', () => {
    render(Hero);
    expect(screen.getByRole('link', { name: copy.hero.sourceLink })).toHaveAttribute(
      'href',
      headline.sources[0],
    );
  });

  it('opens the note on how schools are counted, with counts from data', async () => {
    render(Hero);
    const summary = screen.getByText(copy.hero.countingToggle);
    const note = document.getElementById('counting-note')!;
    expect(summary.tagName).toBe('SUMMARY');
    expect(note).not.toBeVisible();
    await fireEvent.click(summary);
    expect(summary.closest('details')).toHaveProperty('open', true);
    expect(note).toBeVisible();
    expect(note).toHaveTextContent(
      `${headline.highSchools} high schools and ${headline.middleSchools} middle schools`,
    );
  });
});
