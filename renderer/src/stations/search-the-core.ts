/**
 * The cloakroom's name search asks the core: the cloakroom keeps no copy of
 * the list (its copy is of what hangs), and a name is picked before the tag
 * is typed, so the search is not what the volunteer waits for.
 */
import type { FoundHits } from '../volunteer/local-door.js';

/** For the search panel's `searchHere`: no copy here, ask the core. */
export function searchTheCore(): FoundHits | null {
  return null;
}
