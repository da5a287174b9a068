/** The campuses the map can draw: every school with coordinates, joined to its computed place. */
import { places, recognitions, schools } from '../../data/index.ts';
import { campusRows, FIRST_ORDER, formatAddress, sortRows } from '../lib/campuses.ts';
import { formatPartialDate } from '../lib/dates.ts';

export type CampusKind = 'high' | 'middle' | 'complex';

export interface Campus {
  id: string;
  name: string;
  shortName: string;
  kind: CampusKind;
  grades: string;
  opened: string | null;
  closed: string | null;
  /**
   * `opened` and `closed` as the edition writes them. The pages take the campuses
   * built (virtual:alliance-campuses), so no map formats a date as it draws: a
   * page's first date format costs 50–75 ms at 4× CPU slowdown.
   */
  openedText: string | null;
  closedText: string | null;
  longitude: number;
  latitude: number;
  neighborhood: string;
  neighborhoodSlug: string;
  region: string;
  address: string;
  recognitions: number;
  source: string;
}

/**
 * The campus table's rows, in its first order (by opening date). The pages take
 * them built (virtual:alliance-campus-rows): they format no date, and sort with
 * a collator only when the reader asks for another order.
 */
export const campusTableRows = sortRows(
  campusRows(schools, places, recognitions),
  FIRST_ORDER.key,
  FIRST_ORDER.direction,
);

/** The same rows the campus table shows, so map and table cannot drift apart. */
const rows = new Map(campusTableRows.map((row) => [row.id, row]));

export const campuses: readonly Campus[] = schools.flatMap((school) => {
  const place = places[school.id];
  const row = rows.get(school.id)!;
  if (!school.location || !place) return [];
  return [
    {
      id: school.id,
      name: row.name,
      shortName: school.shortName,
      // A half of a 6-12 complex is drawn as such, whatever its level.
      kind: row.complex ? 'complex' : row.level,
      grades: row.grades,
      opened: row.opened,
      closed: row.closed,
      openedText: row.openedText,
      // The map's card gives the whole closing date; the table's row, only its month.
      closedText: row.closed ? formatPartialDate(row.closed) : null,
      longitude: school.location.longitude,
      latitude: school.location.latitude,
      neighborhood: place.neighborhood,
      neighborhoodSlug: place.neighborhoodSlug,
      region: place.region,
      address: formatAddress(school),
      recognitions: row.recognitions,
      source: row.source ?? school.sources[0]!,
    },
  ];
});
