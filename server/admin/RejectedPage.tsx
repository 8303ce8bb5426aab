/** @jsxImportSource hono/jsx */
// Operations the server refused, newest first: when, from which kiosk, what it was, and the reason
// with what to do in the kiosk's own words.
import { dateTime } from '../web/lang';
import { AdminPage, type AdminFrame } from './AdminPage';
import { adminText, refusalText } from './adminText';
import type { RejectedOp } from './rejectedOps';

export function RejectedPage(props: { frame: AdminFrame; timeZone: string; ops: readonly RejectedOp[] }) {
  const lang = props.frame.lang;
  const t = adminText[lang].rejected;
  return (
    <AdminPage frame={props.frame} current="rejected" title={t.title}>
      {props.ops.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div class="scroll">
          <table data-testid="rejected">
            <thead>
              <tr>
                <th>{t.when}</th>
                <th>{t.kiosk}</th>
                <th>{t.what}</th>
                <th>{t.why}</th>
              </tr>
            </thead>
            <tbody>
              {props.ops.map((op) => (
                <tr>
                  <td>{dateTime(op.receivedAt, lang, props.timeZone)}</td>
                  <td>{op.kioskName}</td>
                  <td>{t.ops[op.opType] ?? op.opType}</td>
                  <td>{refusalText(lang, op.code, op.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}
