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

function translateX(element: HTMLElement): number {
  return Number(/translateX\(([-\d.]+)px/.exec(element.style.transform)![1]);
}

function markerX(container: HTMLElement): number {
  // Where the marker is going: the browser's CSS transition takes it there.
  return translateX(container.querySelector<HTMLElement>('.year-marker')!);
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
    // The marks are drawn whole, and again faded beneath: the whole copy ends with the year in view.
    const whole = container.querySelector('.until')!;
    const bars = whole.querySelectorAll('.bar:not(.undated)');
    expect(bars).toHaveLength(timelineData.growth.length);
    expect(whole.querySelectorAll('.bar.undated')).toHaveLength(1);
    expect(container.querySelectorAll('.later .bar:not(.undated)')).toHaveLength(bars.length);
    const svg = container.querySelector('svg')!;
    const edge = Number(svg.getAttribute('width')) + translateX(whole as HTMLElement);
    const pad = Number(
      /translate\(([\d.]+)/.exec(whole.querySelector('g')!.getAttribute('transform')!)![1],
    );
    for (const bar of bars) {
      const year = Number(bar.getAttribute('data-year'));
      const left = pad + Number(bar.getAttribute('x'));
      const right = left + Number(bar.getAttribute('width'));
      if (year <= 2009) expect(right, String(year)).toBeLessThanOrEqual(edge + 0.5);
      else expect(left, String(year)).toBeGreaterThanOrEqual(edge - 0.5);
    }
    // Later milestones fade one by one.
    const until = new Date(2010, 6, 1);
    for (const m of timelineData.milestones) {
      const mark = container.querySelector(`.lane [data-milestone="${m.id}"]`)!;
      expect(mark.classList.contains('later'), m.id).toBe(m.date > until);
    }
    // The cut never runs through a count: each is whole or faded.
    for (const circle of whole.querySelectorAll('circle')) {
      const cx = pad + Number(circle.getAttribute('cx'));
      const r = Number(circle.getAttribute('r'));
      const side = cx + r <= edge + 0.5 || cx - r >= edge - 0.5;
      expect(side, circle.getAttribute('data-metric')!).toBe(true);
    }
    const shown = container.querySelector('.step-focus.shown')!;
    expect(shown.querySelector('.bar.current')!.getAttribute('data-year')).toBe('2009');
    expect(shown.querySelector('.bar-value')!.textContent).toBe('16');
  });

  it('labels the highlighted milestones', () => {
    const { container } = render(Timeline, {
      data: timelineData,
      view: view(2009, ['2009-five-schools-open']),
      words,
    });
    const shown = container.querySelector('.step-focus.shown')!;
    const label = shown.querySelector('[data-label-for="2009-five-schools-open"]');
    expect(label?.textContent).toBe(
      milestones.find((m) => m.id === '2009-five-schools-open')!.title,
    );
    expect(shown.querySelector('[data-highlight="2009-five-schools-open"]')).toHaveClass(
      'highlighted',
    );
  });

  it('draws what each view points at ahead, and a new view only shows its own', async () => {
    const views = [view(2009, ['2009-five-schools-open']), view(2015, ['2015-last-campuses-open'])];
    const { container, rerender } = render(Timeline, {
      data: timelineData,
      view: views[0]!,
      views,
      words,
    });
    const labels = () => [...container.querySelectorAll('.milestone-label')];
    const drawn = labels();
    expect(drawn.map((l) => l.getAttribute('data-label-for')).sort()).toEqual([
      '2009-five-schools-open',
      '2015-last-campuses-open',
    ]);
    const shownLabel = () =>
      container.querySelector('.step-focus.shown .milestone-label')!.getAttribute('data-label-for');
    expect(shownLabel()).toBe('2009-five-schools-open');
    await rerender({ view: views[1]! });
    expect(shownLabel()).toBe('2015-last-campuses-open');
    expect(container.querySelectorAll('.step-focus.shown')).toHaveLength(1);
    // The same elements, not new ones: nothing was drawn for the change.
    expect(labels().every((l, i) => l === drawn[i])).toBe(true);
  });

  it('hides the axis labels the year marker covers, and only those', () => {
    const { container } = render(Timeline, { data: timelineData, view: view(2009), words });
    const marker = translateX(container.querySelector<HTMLElement>('.year-marker')!);
    const pad = Number(
      /translate\(([\d.]+)/.exec(
        container.querySelector('.axis-layer g')!.getAttribute('transform')!,
      )![1],
    );
    const labelWidth = parseFloat(
      container
        .querySelector<HTMLElement>('.timeline')!
        .style.getPropertyValue('--year-label-width'),
    );
    const ticks = [...container.querySelectorAll('.tick-label')];
    expect(ticks.some((t) => t.classList.contains('covered'))).toBe(true);
    for (const tick of ticks) {
      const near = Math.abs(pad + Number(tick.getAttribute('x')) - marker) <= labelWidth;
      expect(tick.classList.contains('covered'), tick.textContent!).toBe(near);
    }
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
