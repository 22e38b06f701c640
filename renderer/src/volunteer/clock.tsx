import { osloTime } from '../../../shared/oslo-time.js';
/**
 * The time at the door, in its own component: its tick re-renders nothing else.
 */
import { useEffect, useState } from 'react';

const TICK_MS = 1000;

/** HH:MM in Oslo; a tick that leaves the minute unchanged renders nothing. */
export function Clock() {
  const [time, setTime] = useState(() => osloTime(new Date()));
  useEffect(() => {
    const timer = setInterval(() => setTime(osloTime(new Date())), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return <time className="volunteer-clock">{time}</time>;
}
