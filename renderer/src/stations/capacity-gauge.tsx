/**
 * How many are inside against the room's capacity, in every kiosk's header:
 * a warning from 90 %, and full at 100 %, in words and an icon as well as
 * colour.
 */
import { useText } from '../app-context.js';
import { capacityLevel, type CapacityLevel } from './capacity-level.js';
import { useKioskCounts } from './kiosk-counts.js';

/** The warning in words, from 90 %. */
function warning(t: ReturnType<typeof useText>, level: Exclude<CapacityLevel, 'room'>, inside: number, capacity: number): string {
  if (level === 'over') return t('doorOverCapacity', { over: inside - capacity });
  return level === 'full' ? t('capacityFull') : t('doorNearlyFull', { free: capacity - inside });
}

/** Inside / capacity, with the warning once the room is nearly full; nothing before the counts arrive. */
export function CapacityGauge() {
  const t = useText();
  const { counts } = useKioskCounts();
  if (!counts) return null;
  const { inside, capacity } = counts;
  const level = capacityLevel(inside, capacity);
  return (
    <p className="capacity-gauge" data-level={level} data-inside={inside}>
      {capacity === null ? t('doorInsideNoLimit', { inside }) : t('doorInside', { inside, capacity })}
      {level !== 'room' && capacity !== null && (
        <span className="capacity-warning">
          <span aria-hidden="true">⚠ </span>
          {warning(t, level, inside, capacity)}
        </span>
      )}
    </p>
  );
}
