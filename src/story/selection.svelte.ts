/**
 * The school a reader has chosen, shared by the campus map, the campus table,
 * the recognitions and the timeline, and kept in the URL (?school=…) so a link
 * reopens it.
 */
import { schoolsById } from '../../data/index.ts';
import { schoolFromSearch, withSchool } from '../lib/url-state.ts';

const known = new Set(schoolsById.keys());

class Selection {
  school = $state<string | null>(null);

  /** Takes the choice from the URL; call once the page runs. */
  fromUrl(): void {
    this.school = schoolFromSearch(location.search, known);
  }

  /**
   * Runs an island's hydration with no school chosen, as the prerender drew it
   * (hydration adopts the server's nodes as they are), then takes the choice
   * back from the URL, where choose() keeps it.
   */
  hydrating(hydrate: () => void): void {
    this.school = null;
    hydrate();
    this.fromUrl();
  }

  choose(id: string | null): void {
    if (id !== null && !known.has(id)) return;
    this.school = id;
    history.replaceState(history.state, '', withSchool(location.href, id));
  }
}

export const selection = new Selection();
