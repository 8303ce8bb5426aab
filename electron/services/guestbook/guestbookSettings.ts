// This kiosk's own guest-book settings: the letter in front of its queue numbers and whether it prints
// the guest slip. They belong to the device (its printer, its letter among the site's kiosks), so
// they are not synced; a change is an officer's command with its audit row.
import type { GuestbookSettings } from '../../../shared/contract';
import { defaultQueuePrefix } from '../../../shared/guestbook/queueNumber';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import { readSetting, writeSetting } from '../core/settingsStore';

const KEY = 'guestbook';

export const guestbookDefaults = (deviceId: string): GuestbookSettings => ({
  queuePrefix: defaultQueuePrefix(deviceId),
  printSlip: true,
});

export function readGuestbookSettings(deps: CommandDeps): GuestbookSettings {
  return {
    ...guestbookDefaults(deps.deviceId),
    ...readSetting<Partial<GuestbookSettings>>(deps.db, KEY, {}),
  };
}

export function updateGuestbookSettings(
  deps: CommandDeps,
  actor: Actor,
  input: GuestbookSettings,
): GuestbookSettings {
  return runCommand(deps, actor, 'guestbook.settings.update', (now) => {
    const before = readGuestbookSettings(deps);
    writeSetting(deps.db, KEY, input, now);
    return {
      value: input,
      audit: { entity: 'settings', entityId: KEY, details: { from: before, to: input } },
      ops: [], // this kiosk's letter and printer
      topics: ['guestbook'],
    };
  });
}
