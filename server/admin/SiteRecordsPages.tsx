/** @jsxImportSource hono/jsx */
// The site's officers and settings as its kiosks synced them: read-only here, since they are changed
// at a kiosk (Pengaturan) and the kiosk is where the conflict rules for them are decided.
import { longDay, zoneLabel } from '../web/lang';
import { AdminPage, type AdminFrame } from './AdminPage';
import { adminText } from './adminText';
import type { SiteOfficer, SiteRole } from './siteOfficers';
import type { SiteSettings } from './siteSettings';

export function OfficersPage(props: {
  frame: AdminFrame;
  officers: readonly SiteOfficer[];
  roles: ReadonlyMap<string, SiteRole>;
}) {
  const t = adminText[props.frame.lang].officers;
  return (
    <AdminPage frame={props.frame} current="officers" title={t.title}>
      <p class="hint">{t.readOnly}</p>
      {props.officers.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div class="scroll">
          <table data-testid="officers">
            <thead>
              <tr>
                <th>{t.name}</th>
                <th>{t.nip}</th>
                <th>{t.roles}</th>
                <th>{t.state}</th>
              </tr>
            </thead>
            <tbody>
              {props.officers.map((o) => (
                <tr>
                  <td>{o.fullName}</td>
                  <td>{o.nip ?? '—'}</td>
                  <td>
                    {o.roles.map((r) => (
                      <span class="chip">{props.roles.get(r)?.name ?? r}</span>
                    ))}
                  </td>
                  <td>
                    <span class={o.active ? 'status ok' : 'status cancelled'}>
                      {o.active ? t.active : t.inactive}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}

function Places(props: { title: string; items: SiteSettings['desks']; zone: string; count: string }) {
  return (
    <>
      <h2>
        {props.title} <span class="hint">({props.count})</span>
      </h2>
      <p class="places">
        {props.items.map((p) => (
          <span class="chip" title={p.zone ? `${props.zone}: ${p.zone}` : undefined}>
            {p.label}
            {p.zone ? ` · ${p.zone}` : ''}
          </span>
        ))}
      </p>
    </>
  );
}

export function SettingsPage(props: { frame: AdminFrame; settings: SiteSettings }) {
  const lang = props.frame.lang;
  const t = adminText[lang].settings;
  const { identity, rules, desks, lockers } = props.settings;
  return (
    <AdminPage frame={props.frame} current="settings" title={t.title}>
      <p class="hint">{t.readOnly}</p>
      <h2>{t.identity}</h2>
      {identity ? (
        <dl class="facts">
          <dt>{t.siteName}</dt>
          <dd>{identity.siteName}</dd>
          <dt>{t.officeName}</dt>
          <dd>{identity.officeName}</dd>
          {identity.letterhead.length > 0 && (
            <>
              <dt>{t.letterhead}</dt>
              <dd>
                {identity.letterhead.map((line) => (
                  <div>{line}</div>
                ))}
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p>{t.notYet}</p>
      )}
      <h2>{t.hours}</h2>
      {rules ? (
        <>
          <dl class="facts">
            <dt>{t.openDays}</dt>
            <dd>{rules.calendar.openDays.map((d) => t.weekdays[d - 1]).join(', ')}</dd>
            <dt>{t.openHours}</dt>
            <dd>{`${rules.calendar.opensAt}–${rules.calendar.closesAt} ${zoneLabel(rules.calendar.timeZone)}`}</dd>
            <dt>{t.maxStay}</dt>
            <dd>{t.hoursValue(Math.round(rules.maxStayMinutes / 6) / 10)}</dd>
            <dt>{t.daysAhead}</dt>
            <dd>{t.daysAheadValue(rules.bookingDaysAhead)}</dd>
          </dl>
          <h2>{t.holidays}</h2>
          {rules.calendar.holidays.length === 0 ? (
            <p>{t.noHolidays}</p>
          ) : (
            <ul>
              {[...rules.calendar.holidays]
                .sort((a, b) => a.date.localeCompare(b.date))
                .map((h) => (
                  <li>
                    {longDay(h.date, lang)}
                    {'name' in h && h.name ? ` · ${h.name}` : ''}
                  </li>
                ))}
            </ul>
          )}
        </>
      ) : (
        <p>{t.notYet}</p>
      )}
      <Places title={t.desks} items={desks} zone={t.zone} count={t.count(desks.length)} />
      <Places title={t.lockers} items={lockers} zone={t.zone} count={t.count(lockers.length)} />
    </AdminPage>
  );
}
