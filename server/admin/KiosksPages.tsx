/** @jsxImportSource hono/jsx */
// The site's kiosks and their health, the confirmation before revoking one, and a fresh enrolment
// code (shown once, large, with when it stops working).
import type { Lang } from '../web/lang';
import { dateTime } from '../web/lang';
import { AdminPage, type AdminFrame } from './AdminPage';
import { adminText } from './adminText';
import { kioskWarnings, type KioskHealth } from './kioskHealth';
import { agoText, waitText } from './timeWords';

export interface KiosksProps {
  readonly frame: AdminFrame;
  readonly timeZone: string;
  readonly now: number;
  readonly kiosks: readonly KioskHealth[];
  readonly done?: string;
}

function offsetText(ms: number, lang: Lang): string {
  const s = Math.round(ms / 1000);
  return adminText[lang].kiosks.seconds(s);
}

export function KiosksPage(props: KiosksProps) {
  const lang = props.frame.lang;
  const t = adminText[lang].kiosks;
  const when = (at: number) => dateTime(at, lang, props.timeZone);
  return (
    <AdminPage frame={props.frame} current="kiosks" title={t.title}>
      {props.done && (
        <p class="notice" role="status">
          {props.done}
        </p>
      )}
      {props.kiosks.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div class="scroll">
          <table data-testid="kiosks">
            <thead>
              <tr>
                <th>{t.name}</th>
                <th>{t.enrolled}</th>
                <th>{t.lastContact}</th>
                <th>{t.pending}</th>
                <th>{t.oldest}</th>
                <th>{t.clock}</th>
                <th>{t.state}</th>
              </tr>
            </thead>
            <tbody>
              {props.kiosks.map((k) => {
                const w = kioskWarnings(k, props.now);
                return (
                  <tr data-kiosk={k.id}>
                    <td>
                      <strong>{k.name}</strong>
                      <div class="hint">{k.id}</div>
                    </td>
                    <td>{when(k.enrolledAt)}</td>
                    <td class={w.silent ? 'warn' : undefined}>
                      {k.lastContactAt === null ? (
                        t.never
                      ) : (
                        <>
                          {when(k.lastContactAt)}
                          <div class="hint">{agoText(props.now - k.lastContactAt, lang)}</div>
                        </>
                      )}
                    </td>
                    <td>{k.pendingOps ?? '—'}</td>
                    <td class={w.oldQueue ? 'warn' : undefined}>
                      {k.oldestPendingAt !== null && (k.pendingOps ?? 0) > 0
                        ? waitText(props.now - k.oldestPendingAt, lang)
                        : '—'}
                    </td>
                    <td class={w.clockOff ? 'warn' : undefined}>
                      {k.clockOffsetMs === null ? '—' : offsetText(k.clockOffsetMs, lang)}
                    </td>
                    <td>
                      {k.revokedAt !== null ? (
                        <span class="status revoked">{t.revokedAt(when(k.revokedAt))}</span>
                      ) : (
                        <>
                          <span class="status ok">{t.active}</span>
                          {w.clockOff && <p class="chip warn">{t.clockOff}</p>}
                          {w.silent && k.lastContactAt !== null && <p class="chip warn">{t.silent}</p>}
                          {w.oldQueue && <p class="chip warn">{t.oldQueue}</p>}
                          <div>
                            <a
                              class="button small secondary"
                              href={`/admin/kiosks/${encodeURIComponent(k.id)}/revoke`}
                            >
                              {t.revoke}
                            </a>
                          </div>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t.makeCode}</h2>
      <p class="hint">{t.makeCodeHint}</p>
      <form method="post" action="/admin/kiosks/enrolment-code">
        <button type="submit">{t.makeCode}</button>
      </form>
    </AdminPage>
  );
}

export function RevokeConfirmPage(props: { frame: AdminFrame; kiosk: KioskHealth }) {
  const t = adminText[props.frame.lang].kiosks;
  return (
    <AdminPage frame={props.frame} current="kiosks" title={t.revokeTitle(props.kiosk.name)}>
      <p>{t.revokeText}</p>
      <form method="post" action={`/admin/kiosks/${encodeURIComponent(props.kiosk.id)}/revoke`}>
        <div class="actions">
          <button type="submit" class="danger">
            {t.revokeYes}
          </button>
          <a class="button secondary" href="/admin/kiosks">
            {t.cancel}
          </a>
        </div>
      </form>
    </AdminPage>
  );
}

export function EnrolmentCodePage(props: {
  frame: AdminFrame;
  code: string;
  expiresAt: number;
  timeZone: string;
}) {
  const lang = props.frame.lang;
  const t = adminText[lang].kiosks;
  return (
    <AdminPage frame={props.frame} current="kiosks" title={t.codeTitle}>
      <p class="enrolment-code" data-testid="enrolment-code">
        {props.code}
      </p>
      <p>{t.codeText(dateTime(props.expiresAt, lang, props.timeZone))}</p>
      <div class="actions">
        <a href="/admin/kiosks">{t.back}</a>
      </div>
    </AdminPage>
  );
}
