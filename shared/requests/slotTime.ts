// A slot's instants in the site's zone: the event, and the room's blocked time around it (setting
// up before, clearing after). Kiosk and server place slots the same way.
import { eventInstants } from './requestRules';

export function slotInstants(
  slot: { day: string; start: string; end: string },
  timeZone: string,
  setupMinutes = 0,
  clearMinutes = 0,
): { start: number; end: number; blockStart: number; blockEnd: number } {
  const at = eventInstants(slot, timeZone);
  if (!at) throw new RangeError(`not a slot: ${JSON.stringify(slot)}`);
  return { ...at, blockStart: at.start - setupMinutes * 60_000, blockEnd: at.end + clearMinutes * 60_000 };
}
