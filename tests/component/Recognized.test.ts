/** The recognitions section in jsdom, on the real data: one entry per recognition shown, filters, counts. */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import copy from '../../data/copy/en.json';
import { shownRecognitions } from '../../src/story/recognition-data.ts';
import { selection } from '../../src/story/selection.svelte.ts';
import Recognized from '../../src/story/Recognized.svelte';
import { summarize } from '../../src/lib/recognitions.ts';

afterEach(() => selection.choose(null));

const entries = (container: HTMLElement) => [
  ...container.querySelectorAll<HTMLElement>('.recognition-list > li'),
];
const counts = () => screen.getByRole('status').textContent;

describe('Recognized', () => {
  it('lists every recognition shown, each with its sources as working links', () => {
    const { container } = render(Recognized);
    const items = entries(container);
    expect(items.map((li) => li.dataset.recognition).sort()).toEqual(
      shownRecognitions.map((r) => r.id).sort(),
    );
    for (const li of items) {
      const record = shownRecognitions.find((r) => r.id === li.dataset.recognition)!;
      const links = within(li).getAllByRole('link', { name: /^Source \d+$/ });
      expect(links.map((a) => a.getAttribute('href'))).toEqual(record.sources);
      expect(li).toHaveTextContent(record.title);
      expect(li).toHaveTextContent(record.bodyName);
      expect(li).toHaveTextContent(String(record.year));
    }
  });

  it('marks network-wide and unconfirmed records as such', () => {
    const { container } = render(Recognized);
    for (const li of entries(container)) {
      const record = shownRecognitions.find((r) => r.id === li.dataset.recognition)!;
      expect(li.textContent!.includes(copy.recognitions.list.network)).toBe(
        record.scope === 'network',
      );
      expect(li.textContent!.includes(copy.recognitions.list.uncertain)).toBe(
        record.confidence === 'uncertain',
      );
    }
  });

  it('narrows the list and the counts by body', async () => {
    const { container } = render(Recognized);
    expect(counts()).toBe(summarize(shownRecognitions, copy.recognitions.summary));
    await fireEvent.change(screen.getByLabelText(copy.recognitions.filters.body), {
      target: { value: 'california-department-of-education' },
    });
    const expected = shownRecognitions.filter(
      (r) => r.body === 'california-department-of-education',
    );
    expect(entries(container)).toHaveLength(expected.length);
    expect(counts()).toBe(summarize(expected, copy.recognitions.summary));
    expect(
      screen.getByText('7 schools named: California Distinguished Schools (2024)'),
    ).toBeInTheDocument();
  });

  it('narrows by school, the choice shared with the map', async () => {
    const { container } = render(Recognized);
    await fireEvent.change(screen.getByLabelText(copy.recognitions.filters.school), {
      target: { value: 'tajima' },
    });
    const expected = shownRecognitions.filter((r) => r.schoolIds.includes('tajima'));
    expect(entries(container).map((li) => li.dataset.recognition)).toEqual(
      expected.map((r) => r.id),
    );
    expect(selection.school).toBe('tajima');
    expect(new URL(location.href).searchParams.get('school')).toBe('tajima');
  });

  it('narrows by years', async () => {
    const { container } = render(Recognized);
    await fireEvent.change(screen.getByLabelText(copy.recognitions.filters.from), {
      target: { value: '2020' },
    });
    expect(
      entries(container).every((li) => Number(li.querySelector('.year')!.textContent) >= 2020),
    ).toBe(true);
    expect(entries(container).length).toBe(shownRecognitions.filter((r) => r.year >= 2020).length);
  });
});
