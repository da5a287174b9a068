/** The campuses the map can draw: every school with coordinates, joined to its computed place. */
import { places, recognitions, schools } from '../../data/index.ts';
import { campusRows, formatAddress } from '../lib/campuses.ts';

export type CampusKind = 'high' | 'middle' | 'complex';

export interface Campus {
  id: string;
  name: string;
  shortName: string;
  kind: CampusKind;
  grades: string;
  opened: string | null;
  closed: string | null;
  longitude: number;
  latitude: number;
  neighborhood: string;
  neighborhoodSlug: string;
  region: string;
  address: string;
  recognitions: number;
  source: string;
}

/** The same rows the campus table shows, so map and table cannot drift apart. */
const rows = new Map(campusRows(schools, places, recognitions).map((row) => [row.id, row]));

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

/** Schools listed but not mapped: no source gives their coordinates. */
export const unmapped = schools.filter((school) => !school.location);
