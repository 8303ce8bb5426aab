import type { RulesSettings } from '../../../shared/contract';
import { isHhmm } from './deskFormat';

/** What is wrong with the form before it is sent, as desk message keys per field. */
export function checkRules(r: RulesSettings): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!isHhmm(r.calendar.opensAt)) errors.opensAt = 'board.rules.timeInvalid';
  if (!isHhmm(r.calendar.closesAt)) errors.closesAt = 'board.rules.timeInvalid';
  else if (isHhmm(r.calendar.opensAt) && r.calendar.opensAt >= r.calendar.closesAt)
    errors.closesAt = 'board.rules.closesBeforeOpens';
  if (r.calendar.openDays.length === 0) errors.openDays = 'board.rules.noOpenDay';
  if (!Number.isInteger(r.maxStayMinutes) || r.maxStayMinutes < 30 || r.maxStayMinutes > 720)
    errors.maxStayMinutes = 'board.rules.maxStayRange';
  const [first, final] = r.warningMinutes;
  if (!Number.isInteger(first) || first < 1 || first > 120) errors.warning0 = 'board.rules.warningRange';
  if (!Number.isInteger(final) || final < 1 || final > 120) errors.warning1 = 'board.rules.warningRange';
  else if (!errors.warning0 && final >= first) errors.warning1 = 'board.rules.warningOrder';
  return errors;
}
