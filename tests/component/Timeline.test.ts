/**
 * The timeline in jsdom: one mark per milestone in data, the year domain, and a
 * marker that follows the step's year. Layout and motion are checked in Chromium.
 */
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { milestones, organization } from '../../data/index.ts';
import Timeline from '../../src/charts/Timeline.svelte';
import TimelineTable from '../../src/charts/TimelineTable.svelte';
import { timelineData } from '../../src/story/timeline-data.ts';
import { timelineTableWords, timelineWords } from '../../src/story/words.ts';

const words = timelineWords;
const view = (year: number, milestoneIds: string[] = [], horizon = false) => ({
  year,
  milestoneIds,
  eraId: null,
  horizon,
});

function markerX(container: HTMLElement): number {
  // Where the marker is going: the browser's CSS transition takes it there.
  const transform = container.querySelector<HTMLElement>('.year-marker')!.style.transform;
  return Number(/translateX\(([-\d.]+)px/.exec(transform)![1]);
}

describe('Timeline', () => {
  it('draws one mark per milestone in data', () => {
    const { container } = render(Timeline, { data: timelineData, view: view(2009), words });
    const marks = [...container.querySelectorAll('[data-milestone]')].map((m) =>
      m.getAttribute('data-milestone'),
    );
    expect(marks.sort()).toEqual(milestones.map((m) => m.id).sort());
  });

  it('spans the first dated fact to the horizon of the next twenty years', () => {
    const { container } = render(Timeline, { data: timelineData, view: view(2009), words });
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('data-domain-start')).toBe(
      String(Math.min(...milestones.map((m) => m.year))),
    );
    expect(svg.getAttribute('data-domain-end')).toBe(String(organization.headline.founded + 40));
    const ticks = [...container.querySelectorAll('.tick-label')].map((t) => t.textContent);
    expect(ticks.at(-1)).toBe(String(organization.headline.founded + 40));
  });

  it('draws one bar per counted year and fades the years after the one in view', () => {
    const { container } = render(Timeline, { data: timelineData, view: view(2009), words });
    const bars = container.querySelectorAll('.bar:not(.undated)');
    expect(bars).toHaveLength(timelineData.growth.length);
    expect(container.querySelectorAll('.bar.undated')).toHaveLength(1);
    const future = [...container.querySelectorAll('.bar.future:not(.undated)')].map((b) =>
      Number(b.getAttribute('data-year')),
    );
    expect(Math.min(...future)).toBe(2010);
    expect(container.querySelector('.bar.current')!.getAttribute('data-year')).toBe('2009');
    expect(container.querySelector('.bar-value')!.textContent).toBe('16');
  });

  it('labels the highlighted milestones', () => {
    const { container } = render(Timeline, {
      data: timelineData,
      view: view(2009, ['2009-five-schools-open']),
      words,
    });
    const label = container.querySelector('[data-label-for="2009-five-schools-open"]');
    expect(label?.textContent).toBe(
      milestones.find((m) => m.id === '2009-five-schools-open')!.title,
    );
    expect(container.querySelector('[data-milestone="2009-five-schools-open"]')).toHaveClass(
      'highlighted',
    );
  });

  it('moves the year marker when the step changes', async () => {
    const { container, rerender } = render(Timeline, {
      data: timelineData,
      view: view(2004),
      words,
    });
    const before = markerX(container);
    expect(container.querySelector('.year-marker')!.getAttribute('data-year')).toBe('2004');
    await rerender({ view: view(2015) });
    expect(container.querySelector('.year-marker')!.getAttribute('data-year')).toBe('2015');
    await expect.poll(() => markerX(container), { timeout: 3000 }).toBeGreaterThan(before + 50);
  });
});

describe('TimelineTable', () => {
  it('gives every year a row with its count, its figures and its milestones', () => {
    const { container } = render(TimelineTable, {
      data: timelineData,
      words: timelineTableWords,
    });
    const rows = [...container.querySelectorAll('tbody tr')];
    const first = timelineData.domain.start.getFullYear();
    expect(rows).toHaveLength(timelineData.domain.present.getFullYear() - first);
    const row2015 = rows.find((r) => r.querySelector('th')!.textContent === '2015')!;
    expect(row2015.querySelectorAll('td')[0]!.textContent!.trim()).toBe('27');
    expect(row2015.querySelectorAll('td')[1]!.textContent).toContain('nearly 12,000');
    expect(container.querySelectorAll('tbody li')).toHaveLength(milestones.length);
    // The school no source dates is shown apart, in the one year the network's count vouches for it.
    const row2023 = rows.find((r) => r.querySelector('th')!.textContent === '2023')!;
    expect(row2023.querySelectorAll('td')[0]!.textContent).toMatch(
      /^\s*25\s+\+1 with no known opening date\s*$/,
    );
  });
});
