/**
 * How full the room is, as every kiosk's header shows it: a warning from
 * 90 %, full at 100 %, over it when kiosks apart both admitted the last place.
 */
import { describe, expect, it } from 'vitest';
import { capacityLevel } from '../../renderer/src/stations/capacity-level.js';

describe('the capacity level', () => {
  it('warns from 90 %, is full at 100 % and over beyond it', () => {
    expect([0, 8, 9, 10, 11].map((inside) => capacityLevel(inside, 10))).toEqual(['room', 'room', 'nearly_full', 'full', 'over']);
    expect([494, 495, 549, 550, 551].map((inside) => capacityLevel(inside, 550))).toEqual(['room', 'nearly_full', 'nearly_full', 'full', 'over']);
  });

  it('never warns without a limit', () => {
    expect([capacityLevel(0, null), capacityLevel(10_000, null), capacityLevel(3, 0)]).toEqual(['room', 'room', 'room']);
  });
});
