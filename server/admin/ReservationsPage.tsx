/** @jsxImportSource hono/jsx */
// A day's reservations of the site: who, how to reach them, where the reservation came from, its
// state and desk, and the warnings the server attached (over capacity, a second booking that day).
// The day is chosen with a plain GET form, so the address names the day and can be kept.
import { addDays } from '../../shared/rules/siteCalendar';
import { longDay } from '../web/lang';
import { AdminPage, type AdminFrame } from './AdminPage';
import { adminText } from './adminText';
import type { AdminReservation } from './dayReservations';

export interface ReservationsProps {
  readonly frame: AdminFrame;
  readonly day: string;
  readonly rows: readonly (AdminReservation & { readonly contact: readonly string[] })[];
}

export function ReservationsPage(props: ReservationsProps) {
  const lang = props.frame.lang;
  const t = adminText[lang].reservations;
  return (
    <AdminPage frame={props.frame} current="reservations" title={t.title}>
      {/* Days step by links and are typed as YYYY-MM-DD: a browser's date input shows the
          browser's locale (11/23/2026 on an English one), and the office reads Indonesian dates. */}
      <form method="get" action="/admin/reservations" class="toolbar">
        <a class="button secondary small" href={`/admin/reservations?day=${addDays(props.day, -1)}`}>
          {t.previousDay}
        </a>
        <label for="day">{t.day}</label>
        <input
          id="day"
          name="day"
          type="text"
          inputmode="numeric"
          pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}"
          size={10}
          value={props.day}
          aria-describedby="day-format"
          required
        />
        <span class="hint" id="day-format">
          {t.dayFormat}
        </span>
        <button type="submit" class="small">
          {t.show}
        </button>
        <a class="button secondary small" href={`/admin/reservations?day=${addDays(props.day, 1)}`}>
          {t.nextDay}
        </a>
      </form>
      <h2>{longDay(props.day, lang)}</h2>
      <p class="hint">
        {t.count(props.rows.length)} · {t.audited}
      </p>
      {props.rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div class="scroll">
          <table data-testid="reservations">
            <thead>
              <tr>
                <th>{t.name}</th>
                <th>{t.contact}</th>
                <th>{t.source}</th>
                <th>{t.status}</th>
                <th>{t.desk}</th>
                <th>{t.notes}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr data-source={r.source}>
                  <td>{r.fullName}</td>
                  <td>
                    {r.contact.map((c) => (
                      <div>{c}</div>
                    ))}
                  </td>
                  <td>
                    <span class="chip">{t.sources[r.source] ?? r.source}</span>
                  </td>
                  <td>
                    <span class={`status ${r.status}`}>{t.statuses[r.status] ?? r.status}</span>
                  </td>
                  <td>{r.deskNumber ?? '—'}</td>
                  <td>{r.flag && <span class="chip warn">{t.flags[r.flag] ?? r.flag}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}
