/**
 * The campus table in jsdom, on the real data: one row per school, each row's
 * source, the sort buttons and aria-sort, the unmapped school, the caption's
 * figures, highlighted rows and the "show on map" buttons. Sorting rules in
 * detail are unit-tested in tests/unit/campuses.test.ts; the layout at 320 px
 * is not checked here (jsdom has no layout).
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import copy from '../../data/copy/en.json';
import { describe, expect, it, vi } from 'vitest';
import { places, schools, schoolsById } from '../../data/index.ts';
import CampusTable from '../../src/charts/CampusTable.svelte';
import { formatPartialDate } from '../../src/lib/dates.ts';
import { fill } from '../../src/lib/format.ts';

/** The table's words, from the copy. */
const words = copy.campusTable;

const COLUMN = {
  school: 0,
  level: 1,
  grades: 2,
  neighborhood: 3,
  opened: 4,
  address: 5,
  recognitions: 6,
  source: 7,
} as const;

function bodyRows(): HTMLTableRowElement[] {
  return [...document.querySelectorAll<HTMLTableRowElement>('tbody tr')];
}

function rowIds(): string[] {
  return bodyRows().map((tr) => tr.dataset.school!);
}

function cell(id: string, column: keyof typeof COLUMN): HTMLElement {
  const tr = document.querySelector<HTMLTableRowElement>(`tbody tr[data-school="${id}"]`)!;
  return tr.cells[COLUMN[column]]!;
}

function header(name: string): HTMLElement {
  return screen.getByRole('button', { name }).closest('th')!;
}

function openedOf(id: string): string | null {
  return schoolsById.get(id)!.opened;
}

describe('CampusTable', () => {
  it('lists every school in data once, under a caption and inside a focusable region', () => {
    render(CampusTable, { words });
    expect(rowIds().sort()).toEqual(schools.map((s) => s.id).sort());
    const region = screen.getByRole('region', { name: words.title });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table', { name: new RegExp(words.title) })).toBeTruthy();
  });

  it("links each row to the school's first source, opened safely", () => {
    render(CampusTable, { words });
    for (const school of schools) {
      const link = within(cell(school.id, 'source')).getByRole('link');
      expect(link).toHaveAttribute('href', school.sources[0]);
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveAccessibleName(expect.stringContaining(school.name));
    }
  });

  it('sorts by opening date, oldest first, by default', () => {
    render(CampusTable, { words });
    expect(header(words.columns.opened)).toHaveAttribute('aria-sort', 'ascending');
    const dates = rowIds().map(openedOf);
    const dated = dates.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
  });

  it('reverses the order when "Opened" is clicked twice from another sort, undated still last', async () => {
    render(CampusTable, { words });
    await fireEvent.click(screen.getByRole('button', { name: words.columns.school }));
    const opened = screen.getByRole('button', { name: words.columns.opened });
    await fireEvent.click(opened);
    expect(header(words.columns.opened)).toHaveAttribute('aria-sort', 'ascending');
    const ascending = rowIds();
    await fireEvent.click(opened);
    expect(header(words.columns.opened)).toHaveAttribute('aria-sort', 'descending');
    const dates = rowIds().map(openedOf);
    const dated = dates.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
    expect(rowIds()).not.toEqual(ascending);
  });

  it('sorts by name when "School" is clicked, and marks that header only', async () => {
    render(CampusTable, { words });
    await fireEvent.click(screen.getByRole('button', { name: words.columns.school }));
    const collator = new Intl.Collator('en-US', { numeric: true });
    const names = bodyRows().map((tr) => schoolsById.get(tr.dataset.school!)!.name);
    expect(names).toEqual([...names].sort(collator.compare));
    const sorted = [...document.querySelectorAll('th[aria-sort]')];
    expect(sorted).toEqual([header(words.columns.school)]);
    expect(sorted[0]).toHaveAttribute('aria-sort', 'ascending');

    await fireEvent.click(screen.getByRole('button', { name: words.columns.school }));
    expect(header(words.columns.school)).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows().map((tr) => schoolsById.get(tr.dataset.school!)!.name)).toEqual(
      [...names].reverse(),
    );
  });

  it('sorts by neighborhood with the unmapped schools last', async () => {
    render(CampusTable, { words });
    await fireEvent.click(screen.getByRole('button', { name: words.columns.neighborhood }));
    expect(header(words.columns.neighborhood)).toHaveAttribute('aria-sort', 'ascending');
    expect(document.querySelectorAll('th[aria-sort]')).toHaveLength(1);
    const neighborhoods = rowIds().map((id) => places[id]?.neighborhood ?? null);
    const mapped = neighborhoods.filter((n) => n !== null);
    const collator = new Intl.Collator('en-US', { numeric: true });
    expect(mapped).toEqual([...mapped].sort(collator.compare));
    expect(neighborhoods.slice(mapped.length).every((n) => n === null)).toBe(true);
  });

  it('says which schools are not mapped, and names the place of the others', () => {
    render(CampusTable, { words });
    const unmapped = schools.filter((s) => !places[s.id]);
    expect(unmapped.length).toBeGreaterThan(0);
    for (const school of unmapped) {
      expect(cell(school.id, 'neighborhood')).toHaveTextContent(words.notMapped);
    }
    for (const school of schools.filter((s) => places[s.id])) {
      const place = places[school.id]!;
      expect(cell(school.id, 'neighborhood')).toHaveTextContent(
        `${place.neighborhood}, ${place.region}`,
      );
    }
  });

  it('dates openings and closings from data, and says when a date is not known', () => {
    render(CampusTable, { words });
    for (const school of schools) {
      expect(cell(school.id, 'opened')).toHaveTextContent(
        school.opened ? formatPartialDate(school.opened) : words.unknown,
      );
      if (school.closed) {
        expect(cell(school.id, 'school')).toHaveTextContent(
          `closed ${formatPartialDate(school.closed.slice(0, 7))}`,
        );
      }
      if (school.complex) expect(cell(school.id, 'level')).toHaveTextContent(words.complex);
    }
  });

  it('counts the mapped and unmapped schools in the caption from data', () => {
    render(CampusTable, { words });
    const total = schools.length;
    const mapped = schools.filter((s) => places[s.id]).length;
    const unmapped = total - mapped;
    const caption = document.querySelector('caption')!;
    expect(caption).toHaveTextContent(fill(words.caption, { mapped, total }));
    expect(caption).toHaveTextContent(
      fill(unmapped === 1 ? words.unmapped.one : words.unmapped.other, { count: unmapped }),
    );
  });

  it('marks highlighted rows, and only those', () => {
    const highlight = schools
      .filter((s) => places[s.id])
      .map((s) => s.id)
      .slice(0, 2);
    render(CampusTable, { words, highlight });
    const marked = bodyRows()
      .filter((tr) => tr.hasAttribute('data-highlighted'))
      .map((tr) => tr.dataset.school);
    expect(marked.sort()).toEqual([...highlight].sort());
  });

  it('has no map buttons without onselect', () => {
    render(CampusTable, { words });
    expect(screen.queryAllByRole('button', { name: /Show on map/ })).toHaveLength(0);
    expect(screen.queryByRole('columnheader', { name: words.columns.map })).toBeNull();
  });

  it("calls onselect with a mapped school's id from its own button", async () => {
    const onselect = vi.fn();
    render(CampusTable, { words, onselect });
    const school = schools.find((s) => places[s.id])!;
    await fireEvent.click(
      screen.getByRole('button', { name: fill(words.showOnMapLabel, { school: school.name }) }),
    );
    expect(onselect).toHaveBeenCalledExactlyOnceWith(school.id);
    expect(screen.getAllByRole('button', { name: /Show on map/ })).toHaveLength(
      schools.filter((s) => places[s.id]).length,
    );
  });
});
