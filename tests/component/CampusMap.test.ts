/**
 * The campus map in jsdom: one marker per mapped school open in the year in
 * view, each named for assistive technology in free mode, and a card that opens
 * on focus and closes on Escape. Geometry, zoom and boundaries are checked in
 * Chromium (tests/e2e/map.test.ts).
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import copy from '../../data/copy/en.json';
import CampusMap from '../../src/charts/CampusMap.svelte';
import { openOn } from '../../src/lib/dates.ts';
import { campuses } from '../../src/story/campus-data.ts';

const view = (year: number, region: string | null = null) => ({ year, region, schoolIds: [] });
const props = { campuses, boundariesUrl: '/boundaries.json', words: copy.map };

describe('CampusMap', () => {
  it('draws one marker per mapped school open in the year in view, named for each school', () => {
    const year = new Date().getFullYear() + 1;
    render(CampusMap, { ...props, view: view(year), interactive: true });
    const open = openOn(campuses, new Date(year, 9, 1));
    const markers = screen.getAllByRole('button', { name: /opened/ });
    expect(markers).toHaveLength(open.length);
    for (const campus of open) {
      expect(
        screen.getByRole('button', {
          name: new RegExp(`^${campus.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`),
        }),
      ).toBeInTheDocument();
    }
  });

  it('draws every mapped school that was ever open, year by year, and no other', () => {
    const seen = new Set<string>();
    for (let year = 2004; year <= 2025; year++) {
      const { container, unmount } = render(CampusMap, { ...props, view: view(year) });
      const ids = [...container.querySelectorAll('[data-campus]')].map((m) =>
        m.getAttribute('data-campus')!,
      );
      expect(ids.sort()).toEqual(
        openOn(campuses, new Date(year, 9, 1))
          .map((c) => c.id)
          .sort(),
      );
      ids.forEach((id) => seen.add(id));
      unmount();
    }
    expect([...seen].sort()).toEqual(campuses.map((c) => c.id).sort());
  });

  it('shapes markers by level, so colour is not the only cue', () => {
    const { container } = render(CampusMap, { ...props, view: view(2015) });
    for (const marker of container.querySelectorAll('[data-campus]')) {
      const campus = campuses.find((c) => c.id === marker.getAttribute('data-campus'))!;
      expect(marker).toHaveClass(campus.kind);
      const shapes = { high: 'circle', middle: 'square', complex: 'diamond' } as const;
      expect(marker.querySelector('[data-shape]')!.getAttribute('data-shape')).toBe(
        shapes[campus.kind],
      );
    }
  });

  it('opens a card on focus with the campus facts, and closes it on Escape', async () => {
    render(CampusMap, { ...props, view: view(2015), interactive: true });
    const campus = campuses.find((c) => c.id === 'collins')!;
    const marker = screen.getByRole('button', { name: new RegExp(`^${campus.name}`) });
    await fireEvent.focus(marker);
    expect(marker).toHaveAttribute('aria-expanded', 'true');
    const card = document.getElementById(marker.getAttribute('aria-controls')!)!;
    expect(card).toHaveTextContent(campus.name);
    expect(card).toHaveTextContent(`${campus.neighborhood}, ${campus.region}`);
    expect(card).toHaveTextContent(campus.address);
    expect(card.querySelector('a')).toHaveAttribute('href', campus.source);
    await fireEvent.keyDown(marker, { key: 'Escape' });
    expect(document.getElementById(marker.getAttribute('aria-controls')!)).toBeNull();
  });

  it('takes no focus in the story, where the graphic is decorative', () => {
    const { container } = render(CampusMap, { ...props, view: view(2015) });
    expect(container.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });
});
