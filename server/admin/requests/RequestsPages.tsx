/** @jsxImportSource hono/jsx */
// The central admin pages of requests: the site's list (newest first, filtered by status or by
// "waiting on my step", each with its current step and how late it is), and one request whole: the
// intake, the letter to download, the chain as a timeline, what came after it, and the form of the
// officer's own step (forms posting to the server; no script, as the CSP wants).
import type { ChainTimelineStep } from '../../../shared/requests/chainTimeline';
import { requestStatuses, type RequestStatus } from '../../../shared/requests/requestRecord';
import { formatPrintTime } from '../../../shared/documents/format';
import { localDay } from '../../../shared/rules/siteCalendar';
import { slotWords } from '../../portal/requests/RequestPages';
import { dateTime, longDay, zoneLabel, type Lang } from '../../web/lang';
import { AdminPage, type AdminFrame } from '../AdminPage';
import { clockTime } from '../timeWords';
import type { RequestView, RequestWorld } from './requestData';
import { dispositionPresets, requestsText } from './requestsText';

export const REQUESTS_CSS_PATH = '/admin/requests/assets/requests.css';

/** The few styles these pages add to the admin frame's (served by requestsRoutes.ts). */
export const requestsCss = `
.ref { font: 700 15px/1.3 ui-monospace, "Noto Sans Mono", monospace; white-space: nowrap; }
.flag { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 13px; font-weight: 700;
  margin: 2px 4px 2px 0; white-space: nowrap; }
.flag.overdue { background: #c92a2a; color: #fff; }
.flag.mine { background: #1864ab; color: #fff; }
.due { color: #495057; font-size: 13px; white-space: nowrap; }
tr.mine td { background: #e7f5ff; }
tr.mine td:first-child { box-shadow: inset 4px 0 0 #1864ab; }
.waiting { border: 2px solid #1864ab; background: #e7f5ff; border-radius: 8px; padding: 10px 14px; margin: 0 0 12px;
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; font-weight: 600; }
.act { border: 3px solid #1864ab; background: #f8fbff; border-radius: 8px; padding: 12px 16px; margin: 12px 0 16px; }
.act h2 { margin: 0; }
.act-head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; margin-bottom: 4px; }
.act .actions { margin-top: 12px; }
.act fieldset { margin-top: 8px; }
.act.decide { border-color: #2b8a3e; background: #f4fcf5; }
textarea { width: 100%; min-height: 72px; font: inherit; font-size: 17px; padding: 10px 12px; background: #fff;
  border: 2px solid #868e96; border-radius: 8px; }
.act .choices { display: flex; flex-wrap: wrap; gap: 8px 24px; margin: 4px 0; }
.act .choices label { display: flex; gap: 8px; align-items: center; font-weight: 400; margin: 0; min-height: 44px; }
.act .choices input { width: 22px; height: 22px; accent-color: #1864ab; }
.req-head { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: baseline; margin-bottom: 8px; }
.req-head .slot { font-size: 19px; font-weight: 700; }
.req-grid { display: grid; gap: 8px 32px; }
@media (min-width: 1100px) { .req-grid { grid-template-columns: minmax(0, 5fr) minmax(0, 7fr); } }
.req-grid h2 { margin-top: 12px; }
dl.facts dd { overflow-wrap: anywhere; }
ol.chain { list-style: none; padding: 0; margin: 8px 0; }
ol.chain li { display: flex; gap: 12px; align-items: flex-start; padding: 10px 8px; border-bottom: 1px solid #e9ecef; }
ol.chain .dot { flex: none; width: 30px; height: 30px; border-radius: 50%; border: 3px solid #adb5bd; background: #fff;
  display: inline-flex; align-items: center; justify-content: center; font-weight: 700; font-size: 15px; color: #495057; }
ol.chain li.done .dot { background: #2b8a3e; border-color: #2b8a3e; color: #fff; }
ol.chain li.current { background: #e7f5ff; border-radius: 8px; }
ol.chain li.current .dot { border-color: #1864ab; color: #1864ab; }
ol.chain li.later { color: #495057; }
ol.chain .body { flex: 1; min-width: 0; }
ol.chain .title { font-weight: 700; }
ol.chain .state { font-size: 14px; font-weight: 700; margin-left: 6px; }
ol.chain li.done .state { color: #1e6b30; }
ol.chain li.current .state { color: #1864ab; }
ol.chain .note { white-space: pre-wrap; font-style: italic; margin: 2px 0; }
ol.chain .note::before { content: '“'; } ol.chain .note::after { content: '”'; }
td.slot { min-width: 12em; }
td .status { white-space: nowrap; }
td.subject { min-width: 14em; }
.ref { font-size: 16px; }
td.slot .time { white-space: nowrap; }
input.year { max-width: 10em; }
.pre { white-space: pre-wrap; }
form.toolbar select { width: auto; min-height: 40px; font-size: 16px; padding: 4px 8px; }
form.toolbar label.check { display: flex; gap: 8px; align-items: center; font-weight: 400; }
form.toolbar label.check input { width: 20px; height: 20px; }
`;

const Styles = () => <link rel="stylesheet" href={REQUESTS_CSS_PATH} />;

const statusClass = (s: RequestStatus): string =>
  s === 'rejected' || s === 'cancelled'
    ? 'status cancelled'
    : s === 'scheduled' || s === 'accepted' || s === 'done'
      ? 'status ok'
      : 'status';

/** "25 menit", "1 jam 5 menit": late by, in words a busy reader takes in at once. */
export function lateWords(minutes: number, lang: Lang): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const [hu, mu] = lang === 'id' ? ['jam', 'menit'] : ['h', 'min'];
  if (h === 0) return `${m} ${mu}`;
  return m === 0 ? `${h} ${hu}` : `${h} ${hu} ${m} ${mu}`;
}

/** A due time: the clock alone when it is today, else the day too. */
function dueWords(at: number, w: RequestWorld, lang: Lang): string {
  const tz = w.calendar.timeZone;
  return localDay(at, tz) === localDay(w.now, tz) ? clockTime(at, lang, tz) : dateTime(at, lang, tz);
}

function StepFlags(props: { step: ChainTimelineStep; mine: boolean; w: RequestWorld; lang: Lang }) {
  const t = requestsText[props.lang];
  return (
    <>
      {props.mine && <span class="flag mine">{t.yourStep}</span>}
      {props.step.overdue && (
        <span class="flag overdue" data-testid="overdue">
          {t.overdue} {lateWords(props.step.overdueMinutes, props.lang)}
        </span>
      )}
      <span class="due">{t.dueAt(dueWords(props.step.dueAt, props.w, props.lang))}</span>
    </>
  );
}

export interface ListFilter {
  readonly status: RequestStatus | null;
  readonly mine: boolean;
}

export function RequestsListPage(props: {
  frame: AdminFrame;
  world: RequestWorld;
  rows: readonly RequestView[];
  filter: ListFilter;
  mineCount: number;
}) {
  const lang = props.frame.lang;
  const t = requestsText[lang];
  const w = props.world;
  const zone = zoneLabel(w.calendar.timeZone);
  return (
    <AdminPage frame={props.frame} current="requests" title={t.title}>
      <Styles />
      <p class="hint">{t.intro}</p>
      {props.mineCount > 0 && !props.filter.mine && (
        <div class="waiting" data-testid="waiting-on-me">
          <span>{t.mineCount(props.mineCount)}</span>
          <a class="button small" href="/admin/requests?mine=1">
            {t.showMine}
          </a>
        </div>
      )}
      <form method="get" action="/admin/requests" class="toolbar">
        <label for="status">{t.filterStatus}</label>
        <select id="status" name="status">
          <option value="">{t.allStatuses}</option>
          {requestStatuses.map((s) => (
            <option value={s} selected={props.filter.status === s}>
              {t.statusWords[s]}
            </option>
          ))}
        </select>
        <label class="check">
          <input type="checkbox" name="mine" value="1" checked={props.filter.mine} />
          {t.onlyMine}
        </label>
        <button type="submit" class="small secondary">
          {t.show}
        </button>
      </form>
      {props.rows.length === 0 ? (
        <p data-testid="requests-none">
          {props.filter.mine ? t.noneMine : props.filter.status ? t.noneStatus : t.none}
        </p>
      ) : (
        <>
          <p class="hint">{t.count(props.rows.length)}</p>
          <div class="scroll">
            <table data-testid="requests">
              <thead>
                <tr>
                  <th>{t.reference}</th>
                  <th>{t.type}</th>
                  <th>{t.office}</th>
                  <th>{t.subject}</th>
                  <th>{t.slot}</th>
                  <th>{t.status}</th>
                  <th>{t.step}</th>
                </tr>
              </thead>
              <tbody>
                {props.rows.map((v) => {
                  const href = `/admin/requests/${encodeURIComponent(v.record.id)}`;
                  return (
                    <tr class={v.mine ? 'mine' : undefined} data-testid={`request-${v.record.reference}`}>
                      <td>
                        <a class="ref" href={href}>
                          {v.record.reference}
                        </a>
                      </td>
                      <td>{v.type?.name[lang] ?? v.record.intake.typeId}</td>
                      <td>{v.record.intake.office || t.none_}</td>
                      <td class="subject">{v.record.intake.subject || t.none_}</td>
                      <td class="slot">{v.slot ? slotWords(v.slot, lang, zone) : t.noSlot}</td>
                      <td>
                        <span class={statusClass(v.status)}>{t.statusWords[v.status]}</span>
                      </td>
                      <td>
                        {v.current ? (
                          <>
                            <div>{v.current.title}</div>
                            <StepFlags step={v.current} mine={v.mine} w={w} lang={lang} />
                          </>
                        ) : (
                          t.none_
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </AdminPage>
  );
}

const hhmm = (s: string, lang: Lang) => (lang === 'id' ? s.replace(':', '.') : s);

export function RequestPage(props: {
  frame: AdminFrame;
  world: RequestWorld;
  view: RequestView;
  done?: string;
  refused?: string;
}) {
  const { frame, view: v, world: w } = props;
  const lang = frame.lang;
  const t = requestsText[lang];
  const tz = w.calendar.timeZone;
  const zone = zoneLabel(tz);
  const r = v.record;
  const i = r.intake;
  const e = i.event;
  const base = `/admin/requests/${encodeURIComponent(r.id)}`;
  const at = (ms: number) => formatPrintTime(ms, tz, lang);
  const day = (d: string | null) => (d ? longDay(d, lang) : t.none_);
  const roomName = (id: string | null) =>
    id ? (w.settings.rooms.find((room) => room.id === id)?.name ?? id) : t.none_;
  const requested =
    e.day && e.start && e.end ? slotWords({ day: e.day, start: e.start, end: e.end }, lang, zone) : null;
  const entries = new Map(r.steps.map((s) => [s.stepId, s]));
  const rkaDefault = Number(localDay(w.now, tz).slice(0, 4)) + 1;
  return (
    <AdminPage frame={frame} current="requests" title={t.requestTitle(r.reference)}>
      <Styles />
      <p>
        <a href="/admin/requests">{t.back}</a>
      </p>
      {props.done && (
        <p class="notice" role="status" data-testid="request-done">
          {props.done}
        </p>
      )}
      {props.refused && (
        <p class="alert" role="alert" data-testid="request-refused">
          {props.refused}
        </p>
      )}
      <div class="req-head">
        <span class={statusClass(v.status)} data-testid="request-status">
          {t.statusWords[v.status]}
        </span>
        <strong>{v.type?.name[lang] ?? i.typeId}</strong>
        {v.slot && <span class="slot">{slotWords(v.slot, lang, zone)}</span>}
      </div>
      <p>
        <strong>{i.office || t.none_}</strong> — {i.subject || t.none_}
      </p>

      {v.mine && v.current && (
        <section class="act" data-testid="act-form">
          <div class="act-head">
            <h2>{t.actTitle(v.current.title)}</h2>
            <StepFlags step={v.current} mine={false} w={w} lang={lang} />
          </div>
          <p class="hint">{t.actHint}</p>
          {i.letter.file && (
            <p>
              {t.readLetterFirst} <a href={`${base}/letter`}>{i.letter.file.name}</a>
            </p>
          )}
          <form method="post" action={`${base}/step`}>
            <input type="hidden" name="stepId" value={v.current.stepId} />
            <fieldset>
              <legend>{t.actPresets}</legend>
              <div class="choices">
                {dispositionPresets.map((preset) => (
                  <label>
                    <input type="checkbox" name="preset" value={preset.id} />
                    {lang === 'id' ? preset.id : `${preset.id} (${preset.en})`}
                  </label>
                ))}
              </div>
            </fieldset>
            <label for="step-note">{t.actMore}</label>
            <textarea id="step-note" name="note" maxlength={1000}></textarea>
            <div class="actions">
              <button type="submit">{t.actButton}</button>
            </div>
          </form>
        </section>
      )}
      {!v.mine && v.current && (
        <p class="waiting" data-testid="waiting-on">
          <span>{t.waitingOn(v.current.title)}</span>
          <StepFlags step={v.current} mine={false} w={w} lang={lang} />
        </p>
      )}
      {v.mayDecide && (
        <section class="act decide" data-testid="decide-form">
          <h2>{t.decideTitle}</h2>
          <p class="hint">{t.decideHint}</p>
          <form method="post" action={`${base}/decide`}>
            <label for="analysis">{t.analysis}</label>
            <textarea id="analysis" name="analysis" maxlength={4000}></textarea>
            <label for="discussion">{t.discussion}</label>
            <textarea id="discussion" name="discussion" maxlength={4000}></textarea>
            <fieldset>
              <legend>{t.outcome}</legend>
              <div class="choices">
                <label>
                  <input type="radio" name="outcome" value="accepted" required />
                  {t.outcomeAccepted}
                </label>
                <label>
                  <input type="radio" name="outcome" value="rejected" />
                  {t.outcomeRejected}
                </label>
              </div>
            </fieldset>
            <label for="rka-year">{t.rkaYear}</label>
            <input
              id="rka-year"
              class="year"
              type="number"
              name="rkaYear"
              min={2000}
              max={2100}
              step={1}
              value={String(rkaDefault)}
            />
            <label for="reason">{t.reason}</label>
            <textarea id="reason" name="reason" maxlength={2000}></textarea>
            <div class="actions">
              <button type="submit">{t.decideButton}</button>
            </div>
          </form>
        </section>
      )}

      <div class="req-grid">
        <section>
          <h2>{t.intake}</h2>
          <dl class="facts" data-testid="request-intake">
            <dt>{t.reference}</dt>
            <dd class="ref">{r.reference}</dd>
            <dt>{t.office}</dt>
            <dd>{i.office || t.none_}</dd>
            <dt>{t.contact}</dt>
            <dd>{[i.contactName, i.contactPhone, i.contactEmail].filter(Boolean).join(' · ') || t.none_}</dd>
            <dt>{t.subject}</dt>
            <dd>{i.subject || t.none_}</dd>
            <dt>{t.letterNumber}</dt>
            <dd>{i.letter.number || t.none_}</dd>
            <dt>{t.letterDate}</dt>
            <dd>{day(i.letter.date)}</dd>
            <dt>{t.letterReceived}</dt>
            <dd>{day(i.letter.receivedOn)}</dd>
            {i.letter.agendaNumber && (
              <>
                <dt>{t.agendaNumber}</dt>
                <dd>{i.letter.agendaNumber}</dd>
              </>
            )}
            <dt>{t.letterFile}</dt>
            <dd>
              {i.letter.file ? (
                <>
                  <a class="button small secondary" href={`${base}/letter`} data-testid="letter-link">
                    {t.openLetter(i.letter.file.name)}
                  </a>
                  <div class="hint">{t.letterAudited}</div>
                </>
              ) : (
                t.noLetterFile
              )}
            </dd>
            {r.kind === 'room' && (
              <>
                <dt>{t.requestedSlot}</dt>
                <dd>{requested ?? t.none_}</dd>
                <dt>{t.room}</dt>
                <dd>{roomName(e.roomId)}</dd>
                <dt>{t.participants}</dt>
                <dd>{e.participants ? t.participantsN(e.participants) : t.none_}</dd>
                <dt>{t.layout}</dt>
                <dd>{e.layout || t.none_}</dd>
                <dt>{t.equipment}</dt>
                <dd>{e.equipment.length ? e.equipment.join(', ') : t.none_}</dd>
                <dt>{t.application}</dt>
                <dd>{e.application || t.none_}</dd>
                <dt>{t.connectionTest}</dt>
                <dd>
                  {e.connectionTest
                    ? `${longDay(e.connectionTest.day, lang)}, ${hhmm(e.connectionTest.time, lang)} ${zone}`
                    : t.none_}
                </dd>
                <dt>{t.noBuffet}</dt>
                <dd>{i.noBuffet ? t.noBuffetYes : t.noBuffetNo}</dd>
              </>
            )}
            {i.notes && (
              <>
                <dt>{t.notes}</dt>
                <dd class="pre">{i.notes}</dd>
              </>
            )}
            <dt>{t.enteredAt}</dt>
            <dd>
              {at(r.enteredAt)} {r.enteredBy ? t.enteredBy(r.enteredBy.name) : t.fromPortal}
            </dd>
          </dl>
          <p class="hint">{t.audited}</p>
        </section>

        <section>
          <h2>{t.chain}</h2>
          <ol class="chain" data-testid="request-chain">
            {v.chain.map((s, n) => {
              const entry = entries.get(s.stepId);
              const current = v.current?.stepId === s.stepId;
              const state = s.state === 'done' ? 'done' : current ? 'current' : 'waiting';
              const standard = lateWords(s.standardMinutes, lang);
              return (
                <li class={state === 'waiting' ? 'later' : state} data-testid={`chain-${s.stepId}`}>
                  <span class="dot" aria-hidden="true">
                    {state === 'done' ? '✓' : n + 1}
                  </span>
                  <div class="body">
                    <div>
                      <span class="title">{s.title}</span>{' '}
                      <span class="state">
                        {state === 'done'
                          ? t.stateDone
                          : state === 'current'
                            ? t.stateCurrent
                            : t.stateWaiting}
                      </span>
                    </div>
                    {entry && (
                      <div>
                        {t.by(entry.officer.name, at(entry.at))}
                        {entry.note && <div class="note">{entry.note}</div>}
                      </div>
                    )}
                    <div class="hint">
                      {state === 'waiting'
                        ? t.standardOnly(standard)
                        : t.dueLine(dueWords(s.dueAt, w, lang), standard)}
                      {s.overdue && ' '}
                      {s.overdue &&
                        (state === 'done' ? (
                          <span class="flag overdue">{t.doneLate(lateWords(s.overdueMinutes, lang))}</span>
                        ) : (
                          <span class="flag overdue">
                            {t.overdue} {lateWords(s.overdueMinutes, lang)}
                          </span>
                        ))}
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>

          {r.decision && (
            <>
              <h2>{t.decision}</h2>
              <dl class="facts" data-testid="request-decision">
                <dt>{t.outcome}</dt>
                <dd>
                  {r.decision.outcome === 'accepted'
                    ? t.decisionAccepted(r.decision.rkaYear)
                    : r.decision.outcome === 'rejected'
                      ? t.decisionRejected
                      : t.decisionCancelled}
                </dd>
                {r.decision.reason && (
                  <>
                    <dt>{t.reason}</dt>
                    <dd class="pre">{r.decision.reason}</dd>
                  </>
                )}
                {r.decision.analysis && (
                  <>
                    <dt>{t.analysis}</dt>
                    <dd class="pre">{r.decision.analysis}</dd>
                  </>
                )}
                {r.decision.discussion && (
                  <>
                    <dt>{t.discussion}</dt>
                    <dd class="pre">{r.decision.discussion}</dd>
                  </>
                )}
                <dt>{t.chainWho}</dt>
                <dd>{t.by(r.decision.officer.name, at(r.decision.at))}</dd>
              </dl>
            </>
          )}
          {r.schedule && (
            <>
              <h2>{t.schedule}</h2>
              <dl class="facts" data-testid="request-schedule">
                <dt>{t.slot}</dt>
                <dd>{slotWords(r.schedule.slot, lang, zone)}</dd>
                <dt>{t.room}</dt>
                <dd>{roomName(r.schedule.slot.roomId)}</dd>
                {r.schedule.moved && (
                  <>
                    <dt></dt>
                    <dd>{t.moved}</dd>
                  </>
                )}
                {r.schedule.note && (
                  <>
                    <dt>{t.chainNote}</dt>
                    <dd class="pre">{r.schedule.note}</dd>
                  </>
                )}
                <dt>{t.chainWho}</dt>
                <dd>{t.by(r.schedule.officer.name, at(r.schedule.at))}</dd>
              </dl>
            </>
          )}
          {r.tasks.length > 0 && (
            <>
              <h2>{t.tasks}</h2>
              <ul data-testid="request-tasks">
                {r.tasks.map((task) => (
                  <li>
                    <strong>{t.taskNames[task.task]}</strong>
                    {task.operatorName ? ` (${task.operatorName})` : ''} —{' '}
                    {t.by(task.officer.name, at(task.at))}
                    {task.note ? `: ${task.note}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.report && (
            <>
              <h2>{t.report}</h2>
              <dl class="facts" data-testid="request-report">
                <dt>{t.attendance}</dt>
                <dd>{t.participantsN(r.report.attendance)}</dd>
                <dt>{t.reportSummary}</dt>
                <dd class="pre">{r.report.summary || t.none_}</dd>
                {r.report.problems.length > 0 && (
                  <>
                    <dt>{t.problems}</dt>
                    <dd>
                      {r.report.problems.map((p) => (
                        <div>
                          {p.itemName}: {p.note}
                        </div>
                      ))}
                    </dd>
                  </>
                )}
                <dt>{t.chainWho}</dt>
                <dd>{t.by(r.report.officer.name, at(r.report.at))}</dd>
              </dl>
            </>
          )}
        </section>
      </div>
    </AdminPage>
  );
}
