/** Label placement: table-driven cases, then a property check on many random layouts. */
import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  overlaps,
  placeLabels,
  type LabelRequest,
} from '../../src/lib/labels.ts';

const bounds = { min: 0, max: 100, rows: 2 };

describe('placeLabels', () => {
  it.each([
    {
      name: 'a lone label sits centred on its mark',
      requests: [{ id: 'a', x: 50, width: 20 }],
      options: bounds,
      expected: [{ id: 'a', left: 40, row: 0 }],
    },
    {
      name: 'labels far apart share the first row',
      requests: [
        { id: 'a', x: 20, width: 20 },
        { id: 'b', x: 80, width: 20 },
      ],
      options: bounds,
      expected: [
        { id: 'a', left: 10, row: 0 },
        { id: 'b', left: 70, row: 0 },
      ],
    },
    {
      name: 'a clashing label moves to the next row',
      requests: [
        { id: 'a', x: 50, width: 30 },
        { id: 'b', x: 55, width: 30 },
      ],
      options: bounds,
      expected: [
        { id: 'a', left: 35, row: 0 },
        { id: 'b', left: 40, row: 1 },
      ],
    },
    {
      name: 'a label that fits no row is hidden',
      requests: [
        { id: 'a', x: 50, width: 30 },
        { id: 'b', x: 52, width: 30 },
        { id: 'c', x: 54, width: 30 },
      ],
      options: bounds,
      expected: [
        { id: 'a', left: 35, row: 0 },
        { id: 'b', left: 37, row: 1 },
        { id: 'c', left: 39, row: -1 },
      ],
    },
    {
      name: 'higher priority claims the first row, whatever the order',
      requests: [
        { id: 'low', x: 50, width: 30, priority: 0 },
        { id: 'high', x: 52, width: 30, priority: 5 },
      ],
      options: { ...bounds, rows: 1 },
      expected: [
        { id: 'low', left: 35, row: -1 },
        { id: 'high', left: 37, row: 0 },
      ],
    },
    {
      name: 'a label near an edge is shifted inside the bounds',
      requests: [
        { id: 'left', x: 2, width: 20 },
        { id: 'right', x: 99, width: 20 },
      ],
      options: bounds,
      expected: [
        { id: 'left', left: 0, row: 0 },
        { id: 'right', left: 80, row: 0 },
      ],
    },
    {
      name: 'the gap counts as part of a label',
      requests: [
        { id: 'a', x: 20, width: 20 },
        { id: 'b', x: 42, width: 20 },
      ],
      options: { ...bounds, gap: 4 },
      expected: [
        { id: 'a', left: 10, row: 0 },
        { id: 'b', left: 32, row: 1 },
      ],
    },
    {
      name: 'a label wider than the bounds is hidden',
      requests: [{ id: 'wide', x: 50, width: 120 }],
      options: bounds,
      expected: [{ id: 'wide', left: 0, row: -1 }],
    },
    {
      name: 'no labels, no rows',
      requests: [],
      options: bounds,
      expected: [],
    },
  ] as {
    name: string;
    requests: LabelRequest[];
    options: typeof bounds & { gap?: number };
    expected: object[];
  }[])('$name', ({ requests, options, expected }) => {
    const placed = placeLabels(requests, options);
    expect(placed).toMatchObject(expected);
  });

  it('never lets two visible labels overlap nor leave the bounds (1,000 random layouts)', () => {
    let seed = 42;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 1000; trial++) {
      const requests = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i) => ({
        id: `l${i}`,
        x: random() * 320,
        width: 10 + random() * 120,
        priority: Math.floor(random() * 3),
      }));
      const placed = placeLabels(requests, { min: 0, max: 320, rows: 2, gap: 4 });
      const visible = placed.filter((p) => p.row >= 0);
      for (const label of visible) {
        expect(label.left).toBeGreaterThanOrEqual(0);
        expect(label.left + label.width).toBeLessThanOrEqual(320);
      }
      for (let i = 0; i < visible.length; i++) {
        for (let j = i + 1; j < visible.length; j++)
          expect(overlaps(visible[i]!, visible[j]!)).toBe(false);
      }
    }
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('2004', 10)).toBe(23);
    expect(estimateTextWidth('Five schools open in one day', 14)).toBeGreaterThan(
      estimateTextWidth('2004', 14),
    );
    expect(estimateTextWidth('', 14)).toBe(0);
  });
});
