/**
 * The eras the timeline names, each bounded by dated facts so its span is
 * derived, not typed. Names live in the copy (data/copy/*.json, "eras").
 */
import type { EraDefinition } from '../lib/timeline.ts';

export const eras: readonly EraDefinition[] = [
  // The first schools: from the first opening to the grant that funded growth.
  {
    id: 'first-schools',
    from: 'milestone:2004-first-school-opens',
    to: 'milestone:2007-10-million-growth-grant',
  },
  // Growth: from that grant to the last new campuses.
  {
    id: 'growth',
    from: 'milestone:2007-10-million-growth-grant',
    to: 'milestone:2015-last-campuses-open',
  },
  // The pause in growth the new chief executive announced in 2015, up to the pandemic.
  { id: 'pause', from: 'milestone:2015-last-campuses-open', to: 'milestone:2020-covid-response' },
  { id: 'pandemic', from: 'milestone:2020-covid-response', to: 'plan-launch' },
  { id: 'reimagine', from: 'plan-launch', to: 'present' },
];
