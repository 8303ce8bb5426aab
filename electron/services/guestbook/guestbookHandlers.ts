// The handlers of buku tamu (service standard no. 15), one per method of its contract.
import type { HandlersFor } from '../../../shared/contract/method';
import type { guestbookMethods } from '../../../shared/contract/guestbook';
import { guestSlip } from '../../../shared/guestbook/guestSlip';
import { GUEST_STANDARD_MINUTES, GUEST_WARN_MINUTES } from '../../../shared/guestbook/serviceTime';
import { maskName } from '../../../shared/slips/mask';
import { reject } from '../../../shared/result';
import type { DomainContext } from '../core/domainContext';
import type { HandlerContext } from '../core/dispatch';
import { siteDay } from '../settings/rules';
import { issueSurveyToken, surveyPortalLink } from '../survey/surveyTokens';
import { closeGuest, eraseGuest, registerGuest, serveGuest } from './guestbookCommands';
import type { Purpose } from '../../../shared/guestbook/purposes';
import {
  findGuest,
  guestCounts,
  guestsBetween,
  lastEntryByPhone,
  openGuests,
  toGuestEntry,
} from './guestbookQueries';
import { guestbookDefaults, readGuestbookSettings, updateGuestbookSettings } from './guestbookSettings';

/** A month's list is long but bounded: a busy secretariat sees a few hundred guests a month. */
const LIST_LIMIT = 2000;

const monthRange = (month: string) => ({ first: `${month}-01`, last: `${month}-31` });

/** Returning-guest lookups this kiosk answers in a minute. */
const LOOKUPS_PER_WINDOW = 6;
const LOOKUP_WINDOW_MS = 60_000;

export function guestbookHandlers(ctx: DomainContext): HandlersFor<typeof guestbookMethods, HandlerContext> {
  const { deps } = ctx;
  const { db } = deps;
  /** When this kiosk's recent lookups were answered, oldest first. */
  const lookups: number[] = [];
  const withDefault = <T extends object>(s: T) => ({
    ...s,
    defaultPrefix: guestbookDefaults(deps.deviceId).queuePrefix,
  });

  /**
   * The survey token of this guest entry (the survey domain's, one per service event), minted once the
   * entry is committed; the slip prints it as a QR of the survey on the site's portal. The survey is
   * about the service the guest came for, or the guest service itself (standard 15) for "other".
   * A kiosk not joined to a central server has no portal to open: no QR then.
   */
  function surveyUrl(entry: { id: string; purpose: Purpose }): string | null {
    try {
      const { token } = issueSurveyToken(deps, ctx.rules, {
        serviceId: entry.purpose.serviceId ?? 'guest',
        eventKind: 'guest',
        eventId: entry.id,
      });
      return surveyPortalLink(deps, token);
    } catch (err) {
      deps.log.warn({ err, guestId: entry.id }, 'no survey token for the guest slip');
      return null;
    }
  }

  /** The slip after the entry is committed: a printer problem never undoes a registration. */
  function printSlip(
    entry: { id: string; queueNumber: string; registeredAt: number; purpose: Purpose },
    fullName: string,
    url: string | null,
    lang: 'id' | 'en',
  ): 'printing' | 'off' | 'unavailable' {
    // Off by the setting, or no receipt printer here at all: nothing is promised to the guest then.
    if (!readGuestbookSettings(deps).printSlip || ctx.printing.settings().items.length === 0) return 'off';
    try {
      ctx.printing.print('guestSlip', (width) =>
        guestSlip(
          {
            siteName: ctx.site.get().siteName,
            queueNumber: entry.queueNumber,
            guestName: fullName,
            purpose: entry.purpose,
            registeredAt: entry.registeredAt,
            surveyUrl: url,
          },
          width,
          lang,
        ),
      );
      return 'printing';
    } catch (err) {
      deps.log.warn({ err, guestId: entry.id }, 'guest slip not printed');
      return 'unavailable';
    }
  }

  return {
    'guestbook.lookup': ({ phone }) => {
      // Anyone at the kiosk may ask, so it is rationed: a guest types their number once or twice;
      // more in a minute is someone trying numbers to learn who came. Refused, the screen simply
      // asks for the name.
      const now = ctx.clock.now();
      while (lookups.length > 0 && lookups[0]! <= now - LOOKUP_WINDOW_MS) lookups.shift();
      if (lookups.length >= LOOKUPS_PER_WINDOW) throw reject('rule', 'errors.guestbook.tooManyLookups');
      lookups.push(now);
      const last = lastEntryByPhone(db, phone);
      return last
        ? {
            found: true,
            maskedName: maskName(last.full_name),
            maskedInstitution: last.institution === null ? null : maskName(last.institution),
          }
        : { found: false, maskedName: null, maskedInstitution: null };
    },
    'guestbook.register': (input, hctx) => {
      const out = registerGuest(deps, hctx.actor, ctx.rules.get(), input);
      const url = surveyUrl(out);
      const slip = printSlip(out, findGuest(db, out.id)?.full_name ?? '', url, input.lang);
      return { ...out, slip };
    },
    'guestbook.queue': () => {
      const now = ctx.clock.now();
      const day = siteDay(ctx.rules.get(), now);
      const open = openGuests(db).map((r) => toGuestEntry(r, now));
      return {
        now,
        day,
        standardMinutes: GUEST_STANDARD_MINUTES,
        warnMinutes: GUEST_WARN_MINUTES,
        waiting: open.filter((g) => g.status === 'waiting'),
        serving: open.filter((g) => g.status === 'served'),
        today: guestCounts(db, day, day),
      };
    },
    'guestbook.list': (input) => {
      const now = ctx.clock.now();
      const { first, last } =
        'day' in input ? { first: input.day, last: input.day } : monthRange(input.month);
      const rows = guestsBetween(db, first, last, LIST_LIMIT + 1);
      return {
        items: rows.slice(0, LIST_LIMIT).map((r) => toGuestEntry(r, now)),
        counts: guestCounts(db, first, last),
        truncated: rows.length > LIST_LIMIT,
      };
    },
    'guestbook.serve': (input, hctx) => serveGuest(deps, hctx.actor, input),
    'guestbook.close': (input, hctx) => closeGuest(deps, hctx.actor, input),
    'guestbook.erase': (input, hctx) => eraseGuest(deps, hctx.actor, input),
    'guestbook.settings.get': () => withDefault(readGuestbookSettings(deps)),
    'guestbook.settings.update': (input, hctx) =>
      withDefault(updateGuestbookSettings(deps, hctx.actor, input)),
  };
}
