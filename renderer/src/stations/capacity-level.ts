/**
 * How full the room is, from how many are inside against its capacity: the
 * header warns from 90 %, and the entrance needs the PIN at 100 %.
 */

/** From this share of the capacity the header warns. */
const WARNING_SHARE = 0.9;

/** How full the room is. */
export type CapacityLevel = 'room' | 'nearly_full' | 'full' | 'over';

/** The level for `inside` people in a room for `capacity` (null: no limit set). */
export function capacityLevel(inside: number, capacity: number | null): CapacityLevel {
  if (capacity === null || capacity <= 0) return 'room';
  if (inside > capacity) return 'over';
  if (inside === capacity) return 'full';
  return inside >= capacity * WARNING_SHARE ? 'nearly_full' : 'room';
}
