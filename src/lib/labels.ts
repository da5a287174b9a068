/**
 * Label placement for marks along one axis: each label wants to sit centred on
 * its mark; labels are taken in priority order and put in the first row where
 * they overlap nothing, shifted inside the bounds if they would spill out.
 * A label that fits no row is hidden, never drawn on top of another.
 */

export interface LabelRequest {
  id: string;
  /** The mark's position. */
  x: number;
  /** The label's width in the same units. */
  width: number;
  /** Higher goes first; ties keep input order. */
  priority?: number;
}

export interface PlacedLabel {
  id: string;
  /** Left edge of the label (after clamping into bounds). */
  left: number;
  /** Centre of the label: equals the mark's x unless it was shifted to stay in bounds. */
  x: number;
  width: number;
  /** Row index from 0, or -1 when the label is hidden. */
  row: number;
}

export interface PlacementOptions {
  /** Inclusive bounds labels must stay within. */
  min: number;
  max: number;
  /** How many rows may be used. */
  rows: number;
  /** Space required between two labels in one row. */
  gap?: number;
}

export function placeLabels(
  requests: readonly LabelRequest[],
  options: PlacementOptions,
): PlacedLabel[] {
  const { min, max, rows, gap = 0 } = options;
  const occupied: [number, number][][] = Array.from({ length: rows }, () => []);
  const order = requests
    .map((request, index) => ({ request, index }))
    .sort((a, b) => (b.request.priority ?? 0) - (a.request.priority ?? 0) || a.index - b.index);

  const placed = new Map<string, PlacedLabel>();
  for (const { request } of order) {
    const { id, x, width } = request;
    const fits = width <= max - min;
    const left = fits ? Math.min(Math.max(x - width / 2, min), max - width) : min;
    const right = left + width;
    const row = fits
      ? occupied.findIndex((spans) => spans.every(([a, b]) => right + gap <= a || left >= b + gap))
      : -1;
    if (row >= 0) occupied[row]!.push([left, right]);
    placed.set(id, { id, left, x: left + width / 2, width, row });
  }
  return requests.map((request) => placed.get(request.id)!);
}

/** Two placed, visible labels overlap when they share a row and their spans meet. */
export function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.row >= 0 && a.row === b.row && a.left < b.left + b.width && b.left < a.left + a.width;
}

/**
 * A label's width estimated from its text, for layout before (or without) a
 * DOM: an average advance of 0.56 em per character suits the sans-serif stack
 * in mixed case; capitals set with a little letter-spacing need about 0.74 em.
 */
export function estimateTextWidth(text: string, fontSize: number, capitals = false): number {
  return Math.ceil(text.length * fontSize * (capitals ? 0.74 : 0.56));
}
