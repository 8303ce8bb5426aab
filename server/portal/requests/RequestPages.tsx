/** @jsxImportSource hono/jsx */
// The portal's request pages: the choice of request type, the form (with every problem next to its
// field and listed at the top), and a request's status with its chain and the event's QR. Plain
// HTML forms without script, mobile first, in the frame every server page has.
import { raw } from 'hono/html';
import type { RequestStatus } from '../../../shared/requests/requestRecord';
import type { RequestType, Room } from '../../../shared/requests/requestSettings';
import { Page, type Brand } from '../../web/layout';
import { dateTime, longDay, type Lang } from '../../web/lang';
import type { RequestFormValues } from './requestForm';
import { requestsPortalText, type FormFieldId } from './requestsPortalText';

export interface Frame {
  readonly lang: Lang;
  readonly brand: Brand;
  readonly langHref: string;
}

/** The pages' own rules, served from this sub-app (the CSP allows 'self'). */
export const requestsCss = `
textarea { width: 100%; min-height: 110px; font: inherit; font-size: 18px; line-height: 1.45; padding: 10px 12px;
  border: 2px solid #868e96; border-radius: 8px; background: #fff; color: inherit; resize: vertical; }
textarea[aria-invalid=true], input[type=file][aria-invalid=true], input[type=date][aria-invalid=true],
input[type=time][aria-invalid=true] { border-color: #c92a2a; }
input[type=date], input[type=time] { width: 100%; min-height: 52px; font-size: 18px; padding: 10px 12px; background: #fff;
  color: inherit; border: 2px solid #868e96; border-radius: 8px; }
input[type=file] { width: 100%; min-height: 52px; font-size: 16px; padding: 10px; border: 2px dashed #868e96;
  border-radius: 8px; background: #fff; }
fieldset.section, .pair > div { min-width: 0; }
input[type=date], input[type=time] { min-width: 0; max-width: 100%; }
.pair input[type=date], .pair input[type=time] { padding: 10px 6px; font-size: 17px; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.pair label { margin-top: 0; font-weight: 400; font-size: 15px; }
fieldset.section { border-top: 2px solid #dee2e6; padding-top: 8px; margin-top: 24px; }
fieldset.section > legend { font-size: 20px; font-weight: 700; padding: 0 4px 0 0; }
.mark { font-weight: 400; font-size: 14px; color: #495057; margin-left: 6px; }
.mark.req { color: #862e9c; }
.field { margin-bottom: 4px; }
.field.invalid { border-left: 5px solid #c92a2a; padding-left: 12px; }
.field .error { margin: 4px 0; }
ul.problems { margin: 4px 0 8px; padding-left: 22px; }
ul.problems li { margin-bottom: 4px; }
ul.types { list-style: none; padding: 0; margin: 16px 0; display: grid; gap: 12px; }
ul.types a { display: block; padding: 14px 16px; border: 2px solid #1864ab; border-radius: 8px; text-decoration: none;
  background: #fff; min-height: 56px; }
ul.types a strong { display: block; font-size: 19px; }
ul.types a span { display: block; color: #495057; font-size: 15px; margin-top: 2px; }
.ref-box { background: #f1f3f5; border-radius: 8px; padding: 10px 14px; margin: 0 0 12px; }
.ref-box .hint { margin: 0; }
.ref { font: 700 24px/1.3 ui-monospace, "Noto Sans Mono", monospace; letter-spacing: .03em; margin: 0; }
ol.chain { list-style: none; padding: 0; margin: 12px 0; }
ol.chain li { display: flex; gap: 12px; align-items: flex-start; padding: 8px 0; border-bottom: 1px solid #e9ecef; }
ol.chain .dot { flex: none; width: 28px; height: 28px; border-radius: 50%; border: 3px solid #adb5bd; background: #fff;
  display: inline-flex; align-items: center; justify-content: center; font-weight: 700; font-size: 15px; color: #fff; }
ol.chain li.done .dot { background: #2b8a3e; border-color: #2b8a3e; }
ol.chain li.current .dot { border-color: #1864ab; background: #e7f5ff; }
ol.chain .title { font-weight: 600; }
ol.chain .state { display: block; font-size: 15px; color: #495057; }
ol.chain li.done .state { color: #1e6b30; }
ol.chain li.current .state { color: #1864ab; font-weight: 700; }
.slot { font-size: 19px; font-weight: 700; }
dl.facts .status { border-radius: 8px; }
@media (max-width: 480px) { dl.facts.stacked { grid-template-columns: 1fr; gap: 0; }
  dl.facts.stacked dt { margin-top: 10px; } }
.qr-svg { width: min(100%, 320px); margin: 12px auto; display: block; }
.qr-svg svg { width: 100%; height: auto; display: block; }
.decision { border-left: 6px solid #c92a2a; background: #fff5f5; padding: 10px 14px; border-radius: 8px; margin: 0 0 12px;
  white-space: pre-wrap; }
.decision.accepted { border-color: #2b8a3e; background: #ebfbee; }
`;

const Styles = () => <link rel="stylesheet" href="/requests/assets/requests.css" />;

/** '09:00' as the visitor's language writes it: '09.00' in Indonesian. */
export const clock = (hhmm: string, lang: Lang) => (lang === 'id' ? hhmm.replace(':', '.') : hhmm);

/** "Rabu, 9 Desember 2026, 09.00–11.00 WIB". */
export const slotWords = (slot: { day: string; start: string; end: string }, lang: Lang, zone: string) =>
  `${longDay(slot.day, lang)}, ${clock(slot.start, lang)}–${clock(slot.end, lang)} ${zone}`;

/** Where to file a request, when the server serves several offices. */
export function SiteChoice(props: Frame & { sites: readonly { id: string; name: string }[] }) {
  const t = requestsPortalText[props.lang];
  return (
    <Page lang={props.lang} title={t.title} brand={props.brand} langHref={props.langHref}>
      <div class="card">
        <h1>{t.chooseSite}</h1>
        <ul>
          {props.sites.map((s) => (
            <li>
              <a href={`/requests/s/${encodeURIComponent(s.id)}`}>{s.name}</a>
            </li>
          ))}
        </ul>
      </div>
    </Page>
  );
}

function typeRule(type: RequestType, lang: Lang): string {
  const t = requestsPortalText[lang];
  const lead =
    type.leadTime.from === 'letterReceived'
      ? t.typeRule.letterReceived(type.leadTime.days, type.leadTime.basis === 'working')
      : t.typeRule.entered(type.leadTime.days);
  return type.requireNoBuffet ? `${lead} ${t.typeRule.noBuffet}` : lead;
}

export function TypeChoice(props: Frame & { siteId: string; types: readonly RequestType[] }) {
  const t = requestsPortalText[props.lang];
  return (
    <Page lang={props.lang} title={t.title} brand={props.brand} langHref={props.langHref}>
      <Styles />
      <div class="card">
        <h1>{t.title}</h1>
        <p>{t.chooseTypeIntro}</p>
        <ul class="types">
          {props.types.map((type) => (
            <li>
              <a
                href={`/requests/s/${encodeURIComponent(props.siteId)}?type=${encodeURIComponent(type.id)}`}
                data-testid={`type-${type.id}`}
              >
                <strong>{type.name[props.lang]}</strong>
                <span>{typeRule(type, props.lang)}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </Page>
  );
}

export interface RequestFormProps extends Frame {
  readonly siteId: string;
  readonly formKey: string;
  readonly type: RequestType;
  /** Other types to choose from (a link back to the choice when there are any). */
  readonly manyTypes: boolean;
  readonly rooms: readonly Room[];
  readonly required: ReadonlySet<FormFieldId>;
  readonly values: RequestFormValues;
  /** Field → its messages, already in words. */
  readonly errors: Readonly<Partial<Record<FormFieldId, readonly string[]>>>;
  /** The required fields left empty, in the form's order (listed at the top). */
  readonly missing: readonly FormFieldId[];
  /** Problems that are not a missing field, in words, with the field they point at. */
  readonly problems: readonly { field: FormFieldId; text: string }[];
  /** The name of the letter chosen before, to be chosen again. */
  readonly fileChosen: string | null;
  readonly formKeyExpired: boolean;
}

/** The id of a field's first input, for the summary's links and the labels. */
const inputId: Record<FormFieldId, string> = {
  office: 'office',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  contactEmail: 'contactEmail',
  subject: 'subject',
  letterNumber: 'letterNumber',
  letterDate: 'letterDate',
  letterReceivedOn: 'letterDate',
  letterFile: 'letterFile',
  room: 'roomId',
  day: 'day',
  time: 'start',
  participants: 'participants',
  layout: 'layout',
  equipment: 'equipment',
  application: 'application',
  connectionTest: 'testDay',
  noBuffet: 'noBuffet',
  notes: 'notes',
};

export function RequestForm(props: RequestFormProps) {
  const t = requestsPortalText[props.lang];
  const { values: v, errors: e, type } = props;
  const room = type.kind === 'room';
  const meeting = room && (type.connectionTest || props.required.has('application'));
  const hasProblems = props.missing.length > 0 || props.problems.length > 0;

  /** A field's frame: label with its mark, hint, messages; `children` are its inputs. */
  const Field = (p: { field: FormFieldId; hint?: string; label?: boolean; children: unknown }) => {
    const messages = e[p.field] ?? [];
    return (
      <div class={messages.length ? 'field invalid' : 'field'} id={`field-${p.field}`}>
        {p.label === false ? (
          <p class="label-like">
            <strong>{t.field[p.field]}</strong>
            <Mark field={p.field} />
          </p>
        ) : (
          <label for={inputId[p.field]}>
            {t.field[p.field]}
            <Mark field={p.field} />
          </label>
        )}
        {p.hint && (
          <p class="hint" id={`${p.field}-hint`}>
            {p.hint}
          </p>
        )}
        {messages.map((m, i) => (
          <p class="error" id={i === 0 ? `${p.field}-error` : undefined}>
            {m}
          </p>
        ))}
        {p.children}
      </div>
    );
  };
  const Mark = (p: { field: FormFieldId }) =>
    p.field === 'noBuffet' ? null : props.required.has(p.field) ? (
      <span class="mark req">({t.required})</span>
    ) : (
      <span class="mark">({t.optional})</span>
    );
  const aria = (field: FormFieldId, hint: boolean) => {
    const described = [hint ? `${field}-hint` : '', e[field]?.length ? `${field}-error` : '']
      .filter(Boolean)
      .join(' ');
    return {
      'aria-invalid': e[field]?.length ? ('true' as const) : undefined,
      'aria-describedby': described || undefined,
    };
  };
  const text = (
    field: FormFieldId,
    name: keyof RequestFormValues,
    opts: {
      type?: string;
      max: number;
      hint?: string;
      autocomplete?: string;
      inputmode?: 'tel' | 'email' | 'numeric';
    } = { max: 200 },
  ) => (
    <Field field={field} hint={opts.hint}>
      <input
        id={name}
        name={name}
        type={opts.type ?? 'text'}
        value={String(v[name])}
        maxlength={opts.max}
        autocomplete={opts.autocomplete ?? 'off'}
        inputmode={opts.inputmode}
        {...aria(field, Boolean(opts.hint))}
      />
    </Field>
  );

  return (
    <Page lang={props.lang} title={type.name[props.lang]} brand={props.brand} langHref={props.langHref}>
      <Styles />
      <div class="card">
        <h1>{type.name[props.lang]}</h1>
        <p>{t.formIntro}</p>
        <p class="hint">{typeRule(type, props.lang)}</p>
        {props.manyTypes && (
          <p>
            <a href={`/requests/s/${encodeURIComponent(props.siteId)}`}>{t.otherType}</a>
          </p>
        )}
        {props.formKeyExpired && (
          <div class="alert" role="alert">
            {t.formKeyAgain}
          </div>
        )}
        {hasProblems && (
          <div class="alert" role="alert" aria-labelledby="summary-title" data-testid="request-problems">
            <h2 id="summary-title">{t.summaryTitle}</h2>
            {props.missing.length > 0 && (
              <>
                <p>{t.missingTitle}</p>
                <ul class="problems" data-testid="missing-fields">
                  {props.missing.map((f) => (
                    <li>
                      <a href={`#field-${f}`}>{t.field[f]}</a>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {props.problems.length > 0 && (
              <>
                <p>{t.otherProblems}</p>
                <ul class="problems">
                  {props.problems.map((p) => (
                    <li>
                      <a href={`#field-${p.field}`}>{p.text}</a>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p class="hint">{t.nothingSaved}</p>
          </div>
        )}
        <form
          method="post"
          action={`/requests/s/${encodeURIComponent(props.siteId)}`}
          enctype="multipart/form-data"
          novalidate
        >
          <input type="hidden" name="formKey" value={props.formKey} />
          <input type="hidden" name="typeId" value={type.id} />

          <fieldset class="section">
            <legend>{t.section.requester}</legend>
            {text('office', 'office', { max: 160, hint: t.hint.office, autocomplete: 'organization' })}
            {text('contactName', 'contactName', { max: 100, autocomplete: 'name' })}
            {text('contactPhone', 'contactPhone', {
              type: 'tel',
              max: 32,
              hint: t.hint.contactPhone,
              autocomplete: 'tel',
              inputmode: 'tel',
            })}
            {text('contactEmail', 'contactEmail', {
              type: 'email',
              max: 254,
              autocomplete: 'email',
              inputmode: 'email',
            })}
          </fieldset>

          <fieldset class="section">
            <legend>{t.section.letter}</legend>
            {text('subject', 'subject', { max: 300 })}
            {text('letterNumber', 'letterNumber', { max: 80 })}
            {text('letterDate', 'letterDate', { type: 'date', max: 10, hint: t.hint.day })}
            <Field
              field="letterFile"
              hint={
                props.fileChosen
                  ? `${t.hint.letterFile} ${t.hint.letterFileAgain(props.fileChosen)}`
                  : t.hint.letterFile
              }
            >
              <input
                id="letterFile"
                name="letterFile"
                type="file"
                accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
                {...aria('letterFile', true)}
              />
            </Field>
          </fieldset>

          {room && (
            <fieldset class="section">
              <legend>{t.section.event}</legend>
              <Field field="room">
                <select id="roomId" name="roomId" {...aria('room', false)}>
                  <option value="" selected={v.roomId === ''}>
                    {t.roomChoice}
                  </option>
                  {props.rooms.map((r) => (
                    <option value={r.id} selected={v.roomId === r.id}>
                      {t.roomCapacity(r.name, r.capacity)}
                    </option>
                  ))}
                </select>
              </Field>
              {text('day', 'day', { type: 'date', max: 10, hint: t.hint.day })}
              <Field field="time" hint={t.hint.time} label={false}>
                <div class="pair">
                  <div>
                    <label for="start">{t.start}</label>
                    <input id="start" name="start" type="time" value={v.start} {...aria('time', true)} />
                  </div>
                  <div>
                    <label for="end">{t.end}</label>
                    <input id="end" name="end" type="time" value={v.end} {...aria('time', true)} />
                  </div>
                </div>
              </Field>
              {text('participants', 'participants', { type: 'text', max: 5, inputmode: 'numeric' })}
              {text('layout', 'layout', { max: 120, hint: t.hint.layout })}
              {text('equipment', 'equipment', { max: 400, hint: t.hint.equipment })}
            </fieldset>
          )}

          {meeting && (
            <fieldset class="section">
              <legend>{t.section.meeting}</legend>
              {text('application', 'application', { max: 60, hint: t.hint.application })}
              {type.connectionTest && (
                <Field field="connectionTest" hint={t.hint.connectionTest} label={false}>
                  <div class="pair">
                    <div>
                      <label for="testDay">{t.testDay}</label>
                      <input
                        id="testDay"
                        name="testDay"
                        type="date"
                        value={v.testDay}
                        {...aria('connectionTest', true)}
                      />
                    </div>
                    <div>
                      <label for="testTime">{t.testTime}</label>
                      <input
                        id="testTime"
                        name="testTime"
                        type="time"
                        value={v.testTime}
                        {...aria('connectionTest', true)}
                      />
                    </div>
                  </div>
                </Field>
              )}
            </fieldset>
          )}

          {type.requireNoBuffet && (
            <fieldset class="section">
              <legend>{t.section.confirm}</legend>
              <div class={e.noBuffet?.length ? 'field invalid' : 'field'} id="field-noBuffet">
                {(e.noBuffet ?? []).map((m, i) => (
                  <p class="error" id={i === 0 ? 'noBuffet-error' : undefined}>
                    {m}
                  </p>
                ))}
                <label class="consent">
                  <input
                    id="noBuffet"
                    type="checkbox"
                    name="noBuffet"
                    value="yes"
                    checked={v.noBuffet}
                    {...aria('noBuffet', false)}
                  />
                  <span>{t.noBuffet}</span>
                </label>
              </div>
            </fieldset>
          )}

          <fieldset class="section">
            <legend>{t.section.notes}</legend>
            <Field field="notes">
              <textarea id="notes" name="notes" maxlength={1000} {...aria('notes', false)}>
                {v.notes}
              </textarea>
            </Field>
          </fieldset>

          <div class="actions stack">
            <button type="submit" data-testid="request-submit">
              {t.submit}
            </button>
          </div>
        </form>
      </div>
    </Page>
  );
}

export interface ChainLine {
  readonly title: string;
  readonly state: 'done' | 'current' | 'waiting';
}

export interface StatusPageProps extends Frame {
  readonly reference: string;
  readonly typeName: string;
  readonly office: string;
  readonly subject: string;
  readonly enteredAt: number;
  readonly timeZone: string;
  readonly zone: string;
  readonly status: RequestStatus;
  readonly slot: { day: string; start: string; end: string } | null;
  readonly roomName: string | null;
  readonly participants: number | null;
  readonly scheduled: boolean;
  readonly moved: boolean;
  readonly clash: boolean;
  readonly chain: readonly ChainLine[];
  readonly decision: {
    outcome: 'accepted' | 'rejected' | 'cancelled';
    reason: string;
    rkaYear: number | null;
  } | null;
  /** The event's QR as SVG markup (made by the qrcode package from a token: no visitor text inside). */
  readonly qrSvg: string | null;
  readonly justFiled: boolean;
  readonly formHref: string;
}

export function RequestStatusPage(props: StatusPageProps) {
  const t = requestsPortalText[props.lang];
  const d = props.decision;
  return (
    <Page lang={props.lang} title={t.statusTitle} brand={props.brand} langHref={props.langHref}>
      <Styles />
      <div class="card">
        <h1>{props.justFiled ? t.justFiled : t.statusTitle}</h1>
        <div class="ref-box">
          <p class="hint">{t.reference}</p>
          <p class="ref" data-testid="request-reference">
            {props.reference}
          </p>
        </div>
        {props.justFiled && <p class="notice">{t.keep}</p>}
        {props.clash && (
          <p class="alert" role="status" data-testid="request-clash">
            {t.clashNotice}
          </p>
        )}
        {props.status === 'received' || props.status === 'in_chain' || props.status === 'in_process' ? (
          <p>{t.next}</p>
        ) : null}
        <dl class="facts stacked">
          <dt>{t.state}</dt>
          <dd data-testid="request-status">
            <span class={`status ${props.status}`}>{t.statusWords[props.status]}</span>
          </dd>
          <dt>{t.type}</dt>
          <dd>{props.typeName}</dd>
          {props.office && (
            <>
              <dt>{t.office}</dt>
              <dd>{props.office}</dd>
            </>
          )}
          {props.subject && (
            <>
              <dt>{t.subject}</dt>
              <dd>{props.subject}</dd>
            </>
          )}
          {props.slot && (
            <>
              <dt>{props.scheduled ? t.scheduledSlot : t.requestedSlot}</dt>
              <dd class="slot" data-testid="request-slot">
                {slotWords(props.slot, props.lang, props.zone)}
              </dd>
            </>
          )}
          {props.roomName && (
            <>
              <dt>{t.room}</dt>
              <dd>{props.roomName}</dd>
            </>
          )}
          {props.participants !== null && (
            <>
              <dt>{t.participants}</dt>
              <dd>{props.participants}</dd>
            </>
          )}
          <dt>{t.sent}</dt>
          <dd>{`${dateTime(props.enteredAt, props.lang, props.timeZone)} ${props.zone}`}</dd>
        </dl>
        {props.scheduled && props.moved && <p class="hint">{t.moved}</p>}
        {d && (
          <>
            <h2>{t.decisionTitle[d.outcome]}</h2>
            <div class={`decision ${d.outcome}`} data-testid="request-decision">
              {d.outcome === 'accepted' && d.rkaYear !== null && <p>{t.acceptedRka(d.rkaYear)}</p>}
              {d.outcome !== 'accepted' && (
                <p>
                  <strong>{t.reason}: </strong>
                  {d.reason.trim() !== '' ? d.reason : t.noReason}
                </p>
              )}
            </div>
          </>
        )}
        {props.qrSvg && (
          <section aria-labelledby="qr-title">
            <h2 id="qr-title">{t.qrTitle}</h2>
            <p>{t.qrHint}</p>
            <div class="qr-svg" role="img" aria-label={t.qrAlt} data-testid="request-qr">
              {raw(props.qrSvg)}
            </div>
          </section>
        )}
        <h2>{t.chainTitle}</h2>
        <ol class="chain" data-testid="request-chain">
          {props.chain.map((s) => (
            <li class={s.state} aria-current={s.state === 'current' ? 'step' : undefined}>
              <span class="dot" aria-hidden="true">
                {s.state === 'done' ? '✓' : ''}
              </span>
              <span>
                <span class="title">{s.title}</span>
                <span class="state">{t.step[s.state]}</span>
              </span>
            </li>
          ))}
        </ol>
        <div class="actions">
          <a href={props.formHref}>{t.another}</a>
        </div>
      </div>
    </Page>
  );
}

/** The answer to a letter over the size limit: the body was not read, so the form cannot come back filled in. */
export function FileTooLarge(props: Frame & { formHref: string }) {
  const t = requestsPortalText[props.lang];
  return (
    <Page lang={props.lang} title={t.fileTooLargeTitle} brand={props.brand} langHref={props.langHref}>
      <div class="card">
        <h1>{t.fileTooLargeTitle}</h1>
        <p>{t.file.tooLarge}</p>
        <div class="actions">
          <a class="button" href={props.formHref}>
            {t.backToForm}
          </a>
        </div>
      </div>
    </Page>
  );
}
