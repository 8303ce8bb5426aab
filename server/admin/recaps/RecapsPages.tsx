/** @jsxImportSource hono/jsx */
// The central admin pages of the reports (rekap): the site's revisions with their state, and one
// revision's figures, corrections, trail and documents, with the review steps the officer's roles
// allow (forms posting to the server; no script, as the CSP wants).
import type { Permission } from '../../../shared/contract/permissions';
import { formatLongDate, formatPrintTime } from '../../../shared/documents/format';
import { formatMinutes, formatNumber, formatPercent } from '../../../shared/charts/numbers';
import { correctableFigures, type RecapTotals } from '../../../shared/recaps/figures';
import { periodTitle } from '../../../shared/recaps/recapDocument';
import {
  correctionsOf,
  finalTotals,
  type RecapRecord,
  type RecapSigner,
} from '../../../shared/recaps/recapRecord';
import { recapWords } from '../../../shared/recaps/recapWords';
import { AdminPage, type AdminFrame } from '../AdminPage';
import { recapsText } from './recapsText';

const statusClass: Record<RecapRecord['status'], string> = {
  submitted: 'status',
  returned: 'status cancelled',
  forwarded: 'status ok',
  acknowledged: 'status ok',
  set_aside: 'status cancelled',
};

export function RecapsListPage(props: { frame: AdminFrame; recaps: readonly RecapRecord[] }) {
  const lang = props.frame.lang;
  const t = recapsText[lang];
  const w = recapWords[lang];
  return (
    <AdminPage frame={props.frame} current="recaps" title={t.title}>
      <p class="hint">{t.intro}</p>
      {props.recaps.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div class="scroll">
          <table data-testid="recaps">
            <thead>
              <tr>
                <th>{t.period}</th>
                <th>{t.revision}</th>
                <th>{t.status}</th>
                <th>{t.preparedBy}</th>
                <th>{t.submittedAt}</th>
                <th>{t.visits}</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {props.recaps.map((r) => (
                <tr>
                  <td>
                    {w[
                      r.periodKind === 'month'
                        ? 'titleMonth'
                        : r.periodKind === 'quarter'
                          ? 'titleQuarter'
                          : 'titleYear'
                    ]
                      .toLowerCase()
                      .replace(/^\w/, (c) => c.toUpperCase())}
                    <div class="hint">{periodTitle(r.figures, lang)}</div>
                  </td>
                  <td>{r.revision}</td>
                  <td>
                    <span class={statusClass[r.status]}>{w.status[r.status]}</span>
                  </td>
                  <td>{r.preparedBy.name}</td>
                  <td>{formatPrintTime(r.submittedAt, r.figures.timeZone, lang)}</td>
                  <td>{formatNumber(finalTotals(r).visits, 0, lang)}</td>
                  <td>
                    <a class="button small secondary" href={`/admin/recaps/${encodeURIComponent(r.id)}`}>
                      {t.open}
                    </a>
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

function figureText(key: keyof RecapTotals, t: RecapTotals, lang: 'id' | 'en'): string {
  const v = t[key];
  if (v === null) return '–';
  if (key === 'averageStayMinutes' || key === 'visitMinutes') return formatMinutes(v, lang);
  if (key === 'noShowRate') return formatPercent(v * 100, 1, lang);
  return formatNumber(v, 0, lang);
}

export function RecapPage(props: {
  frame: AdminFrame;
  recap: RecapRecord;
  receivers: readonly RecapSigner[];
  done?: string;
  refused?: string;
}) {
  const { recap: r, frame } = props;
  const lang = frame.lang;
  const t = recapsText[lang];
  const w = recapWords[lang];
  const tz = r.figures.timeZone;
  const may = (p: Permission) => frame.granted.has(p);
  const totals = finalTotals(r);
  const corrections = correctionsOf(r);
  const keys: (keyof RecapTotals)[] = [
    'visits',
    'visitors',
    'visitMinutes',
    'averageStayMinutes',
    'overstays',
    'reservations',
    'noShows',
    'noShowRate',
    'closedWithoutConfirmation',
    'deskProblems',
    'equipmentProblems',
    'complaintsFiled',
    'complaintsClosed',
  ];
  const label = (k: keyof RecapTotals) =>
    k in w.figure ? w.figure[k as keyof typeof w.figure] : w.extraFigure[k as keyof typeof w.extraFigure];
  const base = `/admin/recaps/${encodeURIComponent(r.id)}`;
  return (
    <AdminPage
      frame={frame}
      current="recaps"
      title={t.revisionTitle(periodTitle(r.figures, lang), r.revision)}
    >
      <p>
        <a href="/admin/recaps">{t.back}</a>
      </p>
      {props.done && (
        <p class="notice" role="status">
          {props.done}
        </p>
      )}
      {props.refused && (
        <p class="alert" role="alert">
          {props.refused}
        </p>
      )}
      <dl class="facts" data-testid="recap-facts">
        <dt>{t.status}</dt>
        <dd>
          <span class={statusClass[r.status]}>{w.status[r.status]}</span>
        </dd>
        <dt>{w.periodDays}</dt>
        <dd>
          {formatLongDate(r.figures.from, tz, lang)} – {formatLongDate(r.figures.to, tz, lang)}
        </dd>
        <dt>{t.preparedBy}</dt>
        <dd>
          {r.preparedBy.name}, {formatPrintTime(r.submittedAt, tz, lang)}
        </dd>
        {r.forwardedTo && (
          <>
            <dt>{w.trailKind.forwarded}</dt>
            <dd>
              {r.forwardedTo.name}, {formatPrintTime(r.forwardedAt!, tz, lang)}
            </dd>
          </>
        )}
      </dl>
      {(r.status === 'forwarded' || r.status === 'acknowledged') && <p class="hint">{t.frozenNote}</p>}
      {r.status === 'set_aside' && <p class="alert">{t.setAsideNote}</p>}

      <h2>{t.documents}</h2>
      <div class="actions">
        <a class="button" href={`${base}/pdf`} data-testid="recap-pdf">
          {t.pdf}
        </a>
        <a class="button secondary" href={`${base}/xlsx`} data-testid="recap-xlsx">
          {t.xlsx}
        </a>
      </div>

      <h2>{t.summary}</h2>
      <div class="scroll">
        <table data-testid="recap-figures">
          <thead>
            <tr>
              <th>{w.figureLabel}</th>
              <th>{t.asComputed}</th>
              <th>{t.corrected}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr>
                <td>{label(k)}</td>
                <td>{figureText(k, r.figures.totals, lang)}</td>
                <td>
                  <strong>{figureText(k, totals, lang)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{w.corrections}</h2>
      {corrections.length === 0 ? (
        <p>{w.noCorrections}</p>
      ) : (
        <div class="scroll">
          <table data-testid="recap-corrections">
            <thead>
              <tr>
                <th>{w.when}</th>
                <th>{w.who}</th>
                <th>{w.figureLabel}</th>
                <th>{w.from}</th>
                <th>{w.to}</th>
                <th>{w.note}</th>
              </tr>
            </thead>
            <tbody>
              {corrections.map(({ entry, correction }) => (
                <tr>
                  <td>{formatPrintTime(entry.at, tz, lang)}</td>
                  <td>{entry.by.name}</td>
                  <td>{w.figure[correction.figure]}</td>
                  <td>{correction.from ?? '–'}</td>
                  <td>{correction.to ?? '–'}</td>
                  <td>{entry.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t.trail}</h2>
      <div class="scroll">
        <table data-testid="recap-trail">
          <thead>
            <tr>
              <th>{w.when}</th>
              <th>{w.step}</th>
              <th>{w.who}</th>
              <th>{w.note}</th>
            </tr>
          </thead>
          <tbody>
            {r.trail.map((e) => (
              <tr>
                <td>{formatPrintTime(e.at, tz, lang)}</td>
                <td>{w.trailKind[e.kind]}</td>
                <td>{e.by.name}</td>
                <td>
                  {[e.to ? `${w.toLabel} ${e.to.name}` : null, e.text].filter(Boolean).join(' · ') || '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {r.status === 'submitted' && may('recaps.review') && (
        <>
          <h2>{t.comment}</h2>
          <form method="post" action={`${base}/comment`} data-testid="recap-comment-form">
            <label for="comment-text">{t.commentText}</label>
            <input id="comment-text" type="text" name="text" required minlength={3} maxlength={1000} />
            <label for="comment-figure">{t.figure}</label>
            <select id="comment-figure" name="figure">
              <option value="">{t.noFigure}</option>
              {correctableFigures.map((f) => (
                <option value={f}>{w.figure[f]}</option>
              ))}
            </select>
            <label for="comment-value">{t.value}</label>
            <input id="comment-value" type="number" name="value" min={0} step={1} />
            <div class="actions">
              <button type="submit">{t.saveComment}</button>
            </div>
          </form>
          <h2>{t.returnTitle}</h2>
          <form method="post" action={`${base}/return`} data-testid="recap-return-form">
            <label for="return-reason">{t.reason}</label>
            <input id="return-reason" type="text" name="reason" required minlength={5} maxlength={1000} />
            <div class="actions">
              <button type="submit" class="secondary">
                {t.returnButton}
              </button>
            </div>
          </form>
          <h2>{t.forwardTitle}</h2>
          {props.receivers.length === 0 ? (
            <p class="hint">{t.noReceiver}</p>
          ) : (
            <form method="post" action={`${base}/forward`} data-testid="recap-forward-form">
              <label for="forward-receiver">{t.receiver}</label>
              <select id="forward-receiver" name="receiverId" required>
                {props.receivers.map((s) => (
                  <option value={s.id}>{s.name}</option>
                ))}
              </select>
              <div class="actions">
                <button type="submit">{t.forwardButton}</button>
              </div>
            </form>
          )}
        </>
      )}
      {r.status === 'forwarded' && may('recaps.receive') && (
        <>
          <h2>{t.acknowledgeTitle}</h2>
          <form method="post" action={`${base}/acknowledge`} data-testid="recap-acknowledge-form">
            <div class="actions">
              <button type="submit">{t.acknowledgeButton}</button>
            </div>
          </form>
        </>
      )}

      <h2>{t.desks}</h2>
      <div class="scroll">
        <table data-testid="recap-desks">
          <thead>
            <tr>
              <th>{w.desk}</th>
              <th>{w.visits}</th>
              <th>{w.hoursUsed}</th>
              <th>{w.utilisation}</th>
            </tr>
          </thead>
          <tbody>
            {r.figures.desks.map(([n, v, m, u]) => (
              <tr>
                <td>
                  {w.desk} {n}
                </td>
                <td>{formatNumber(v, 0, lang)}</td>
                <td>{formatMinutes(m, lang)}</td>
                <td>{formatPercent(u * 100, 1, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {r.figures.users && (
        <>
          <h2>{t.users}</h2>
          <p class="hint">{t.usersHint}</p>
          <div class="scroll">
            <table data-testid="recap-users">
              <thead>
                <tr>
                  <th>{w.number}</th>
                  <th>{t.name}</th>
                  <th>{w.visits}</th>
                  <th>{t.minutes}</th>
                </tr>
              </thead>
              <tbody>
                {r.figures.users.map(([name, v, m], i) => (
                  <tr>
                    <td>{i + 1}</td>
                    <td>{name || w.erased}</td>
                    <td>{v}</td>
                    <td>{m}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </AdminPage>
  );
}
