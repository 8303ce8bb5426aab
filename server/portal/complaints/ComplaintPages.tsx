/** @jsxImportSource hono/jsx */
// The portal's complaint pages: the form, the status lookup, and one complaint's status. Plain HTML
// forms without script, mobile first, in the frame every server page has (server/web/layout.tsx).
import type { ComplaintRecord } from '../../../shared/complaints/complaintRecord';
import { complaintStatuses } from '../../../shared/complaints/complaintRules';
import type { ChannelLine } from '../../../shared/complaints/serviceNames';
import { Page, type Brand } from '../../web/layout';
import { dateTime, type Lang } from '../../web/lang';
import { complaintError, complaintsText } from './complaintsText';

export interface Frame {
  readonly lang: Lang;
  readonly brand: Brand;
  readonly langHref: string;
}

/** The pages' own few rules (textarea, the status steps), served from this sub-app: the CSP allows 'self'. */
export const complaintsCss = `
textarea { width: 100%; box-sizing: border-box; min-height: 180px; font: inherit; font-size: 17px; line-height: 1.45;
  padding: 10px 12px; border: 2px solid #868e96; border-radius: 8px; background: #fff; color: inherit; resize: vertical; }
textarea[aria-invalid=true] { border-color: #c92a2a; }
textarea:focus-visible { outline: 3px solid #1864ab; outline-offset: 2px; }
.counter { text-align: right; }
ol.steps { list-style: none; padding: 0; margin: 16px 0; display: grid; grid-template-columns: repeat(4, 1fr); gap: 4px; }
ol.steps li { text-align: center; font-size: 14px; font-weight: 600; padding: 8px 2px; border-radius: 8px;
  background: #f1f3f5; color: #495057; border: 2px solid transparent; }
ol.steps li.done { background: #d3f9d8; color: #1e6b30; }
ol.steps li.current { border-color: #1864ab; background: #e7f5ff; color: #1864ab; }
ol.steps li .at { display: block; font-weight: 400; font-size: 12px; }
.quote { white-space: pre-wrap; border-left: 4px solid #adb5bd; padding: 8px 12px; background: #f8f9fa; margin: 0 0 12px; }
.answer { white-space: pre-wrap; border-left: 6px solid #2b8a3e; padding: 10px 14px; background: #ebfbee; margin: 0 0 12px; }
ul.channels { padding-left: 20px; }
ul.channels li { margin-bottom: 6px; }
.ticket-box { background: #f1f3f5; border-radius: 8px; padding: 8px 12px; margin: 0 0 12px; }
.ticket-box .hint { margin: 0; }
.ticket-number { font: 700 22px/1.3 ui-monospace, "Noto Sans Mono", monospace; letter-spacing: .02em; white-space: nowrap;
  margin: 0 0 6px; }
`;

const Styles = () => <link rel="stylesheet" href="/complaints/assets/complaints.css" />;

function Channels(props: { lang: Lang; channels: readonly ChannelLine[] }) {
  const t = complaintsText[props.lang];
  return (
    <section aria-labelledby="channels-title">
      <h2 id="channels-title">{t.channelsTitle}</h2>
      <p class="hint">{t.channelsHint}</p>
      <ul class="channels">
        {props.channels.map((c) => (
          <li>{c.href && /^https?:/.test(c.href) ? <a href={c.href}>{c.label}</a> : c.label}</li>
        ))}
      </ul>
    </section>
  );
}

/** Where to complain, when the server serves several offices. */
export function SiteChoice(props: Frame & { sites: readonly { id: string; name: string }[]; query: string }) {
  const t = complaintsText[props.lang];
  return (
    <Page lang={props.lang} title={t.formTitle} brand={props.brand} langHref={props.langHref}>
      <div class="card">
        <h1>{t.chooseSite}</h1>
        <ul>
          {props.sites.map((s) => (
            <li>
              <a href={`/complaints/s/${encodeURIComponent(s.id)}${props.query}`}>{s.name}</a>
            </li>
          ))}
        </ul>
        <p>
          <a href="/complaints/status">{t.lookupLink}</a>
        </p>
      </div>
    </Page>
  );
}

export interface ComplaintFormValues {
  readonly serviceId?: string;
  readonly text?: string;
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly consent?: boolean;
}

export interface ComplaintFormProps extends Frame {
  readonly siteId: string;
  readonly formKey: string;
  readonly services: readonly { id: string; name: string }[];
  readonly values: ComplaintFormValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly consentText: string;
  readonly channels: readonly ChannelLine[];
  readonly textMax: number;
}

function TextField(props: {
  lang: Lang;
  name: 'name' | 'email' | 'phone';
  type: string;
  autocomplete: string;
  inputmode?: 'email' | 'tel';
  value: string | undefined;
  error: string | undefined;
  maxlength: number;
}) {
  const t = complaintsText[props.lang];
  return (
    <div>
      <label for={props.name}>{t[props.name]}</label>
      <input
        id={props.name}
        name={props.name}
        type={props.type}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        value={props.value ?? ''}
        maxlength={props.maxlength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${props.name}-error` : undefined}
      />
      {props.error && (
        <p class="error" id={`${props.name}-error`}>
          {complaintError(props.lang, props.error)}
        </p>
      )}
    </div>
  );
}

export function ComplaintForm(props: ComplaintFormProps) {
  const t = complaintsText[props.lang];
  const e = props.errors;
  const hasErrors = Object.keys(e).length > 0;
  return (
    <Page lang={props.lang} title={t.formTitle} brand={props.brand} langHref={props.langHref}>
      <Styles />
      <div class="card">
        <h1>{t.formTitle}</h1>
        <p>{t.formIntro}</p>
        <p>
          <a href="/complaints/status">{t.lookupLink}</a>
        </p>
        {hasErrors && (
          <div class="alert" role="alert">
            {t.checkFields}
          </div>
        )}
        <form method="post" action={`/complaints/s/${encodeURIComponent(props.siteId)}`} novalidate>
          <input type="hidden" name="formKey" value={props.formKey} />
          <label for="serviceId">{t.service}</label>
          <select
            id="serviceId"
            name="serviceId"
            aria-invalid={e.serviceId ? 'true' : undefined}
            aria-describedby={e.serviceId ? 'serviceId-error' : undefined}
          >
            <option value="" selected={!props.values.serviceId}>
              {t.serviceOther}
            </option>
            {props.services.map((s) => (
              <option value={s.id} selected={props.values.serviceId === s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {e.serviceId && (
            <p class="error" id="serviceId-error">
              {complaintError(props.lang, e.serviceId)}
            </p>
          )}
          <label for="text">{t.text}</label>
          <p class="hint" id="text-hint">
            {t.textHint}
          </p>
          <textarea
            id="text"
            name="text"
            required
            maxlength={props.textMax}
            aria-invalid={e.text ? 'true' : undefined}
            aria-describedby={e.text ? 'text-hint text-error' : 'text-hint'}
          >
            {props.values.text ?? ''}
          </textarea>
          {e.text && (
            <p class="error" id="text-error">
              {complaintError(props.lang, e.text)}
            </p>
          )}
          <h2>{t.contactTitle}</h2>
          <p class="hint">{t.contactHint}</p>
          <TextField
            lang={props.lang}
            name="name"
            type="text"
            autocomplete="name"
            value={props.values.name}
            error={e['contact.name']}
            maxlength={100}
          />
          <TextField
            lang={props.lang}
            name="email"
            type="email"
            autocomplete="email"
            inputmode="email"
            value={props.values.email}
            error={e['contact.email']}
            maxlength={254}
          />
          <TextField
            lang={props.lang}
            name="phone"
            type="tel"
            autocomplete="tel"
            inputmode="tel"
            value={props.values.phone}
            error={e['contact.phone']}
            maxlength={32}
          />
          <p class="hint">{t.contactEither}</p>
          <h3>{t.consentTitle}</h3>
          <p class="hint">{props.consentText}</p>
          <label class="consent">
            <input
              type="checkbox"
              name="consent"
              value="yes"
              checked={props.values.consent}
              aria-invalid={e.consent ? 'true' : undefined}
              aria-describedby={e.consent ? 'consent-error' : undefined}
            />
            <span>{t.consent}</span>
          </label>
          {e.consent && (
            <p class="error" id="consent-error">
              {complaintError(props.lang, e.consent)}
            </p>
          )}
          <div class="actions stack">
            <button type="submit">{t.submit}</button>
          </div>
        </form>
        <Channels lang={props.lang} channels={props.channels} />
      </div>
    </Page>
  );
}

export function StatusLookup(
  props: Frame & { values: { ticket?: string; code?: string }; errors: { ticket?: string; code?: string } },
) {
  const t = complaintsText[props.lang];
  return (
    <Page lang={props.lang} title={t.lookupTitle} brand={props.brand} langHref={props.langHref}>
      <div class="card">
        <h1>{t.lookupTitle}</h1>
        <p>{t.lookupIntro}</p>
        <form method="post" action="/complaints/status" novalidate>
          <label for="ticket">{t.ticket}</label>
          <input
            id="ticket"
            name="ticket"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            value={props.values.ticket ?? ''}
            maxlength={40}
            aria-invalid={props.errors.ticket ? 'true' : undefined}
            aria-describedby={props.errors.ticket ? 'ticket-hint ticket-error' : 'ticket-hint'}
          />
          <p class="hint" id="ticket-hint">
            {t.ticketHint}
          </p>
          {props.errors.ticket && (
            <p class="error" id="ticket-error">
              {props.errors.ticket}
            </p>
          )}
          <label for="code">{t.code}</label>
          <input
            id="code"
            name="code"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            value={props.values.code ?? ''}
            maxlength={30}
            aria-invalid={props.errors.code ? 'true' : undefined}
            aria-describedby={props.errors.code ? 'code-hint code-error' : 'code-hint'}
          />
          <p class="hint" id="code-hint">
            {t.codeHint}
          </p>
          {props.errors.code && (
            <p class="error" id="code-error">
              {props.errors.code}
            </p>
          )}
          <div class="actions stack">
            <button type="submit">{t.lookup}</button>
          </div>
        </form>
      </div>
    </Page>
  );
}

export interface StatusPageProps extends Frame {
  readonly record: ComplaintRecord;
  readonly code: string;
  readonly serviceName: string | null;
  readonly timeZone: string;
  readonly justFiled: boolean;
  readonly emailMasked: string | null;
  readonly channels: readonly ChannelLine[];
  readonly formHref: string;
}

export function ComplaintStatusPage(props: StatusPageProps) {
  const t = complaintsText[props.lang];
  const r = props.record;
  const at = (ms: number | null) => (ms === null ? '' : dateTime(ms, props.lang, props.timeZone));
  const times: Record<string, number | null> = {
    new: r.filedAt,
    assigned: r.assignedAt,
    answered: r.answeredAt,
    closed: r.closedAt,
  };
  const rank = complaintStatuses.indexOf(r.status);
  return (
    <Page lang={props.lang} title={t.statusTitle} brand={props.brand} langHref={props.langHref}>
      <Styles />
      <div class="card">
        <h1>{props.justFiled ? t.justFiled : t.statusTitle}</h1>
        <div class="ticket-box">
          <p class="hint">{t.ticket}</p>
          <p class="ticket-number" data-testid="complaint-ticket">
            {r.ticket}
          </p>
          <p class="hint">{t.code}</p>
          <p class="ticket-number" data-testid="complaint-code">
            {props.code}
          </p>
        </div>
        <dl class="facts">
          {props.serviceName && (
            <>
              <dt>{t.serviceLabel}</dt>
              <dd>{props.serviceName}</dd>
            </>
          )}
          <dt>{t.filed}</dt>
          <dd>{at(r.filedAt)}</dd>
          <dt>{t.state}</dt>
          <dd data-testid="complaint-status">{t.steps[r.status]}</dd>
          {r.laporId && (
            <>
              <dt>{t.lapor}</dt>
              <dd>{r.laporId}</dd>
            </>
          )}
        </dl>
        {props.justFiled && <p class="notice">{t.keep}</p>}
        {props.emailMasked && <p class="hint">{t.mailNote(props.emailMasked)}</p>}
        <ol class="steps" aria-label={t.state}>
          {complaintStatuses.map((s, i) => (
            <li
              class={i < rank || (i === rank && s === 'closed') ? 'done' : i === rank ? 'current' : undefined}
              aria-current={i === rank ? 'step' : undefined}
            >
              {t.steps[s]}
              {i <= rank && times[s] !== null && <span class="at">{at(times[s] ?? null)}</span>}
            </li>
          ))}
        </ol>
        <h2>{t.answer}</h2>
        {r.answer ? (
          <p class="answer" data-testid="complaint-answer">
            {r.answer}
          </p>
        ) : (
          <p class="hint">{t.noAnswer}</p>
        )}
        {r.closeNote && (
          <>
            <h2>{t.closeNote}</h2>
            <p class="quote">{r.closeNote}</p>
          </>
        )}
        <h2>{t.yourText}</h2>
        <p class="quote">{r.text}</p>
        <Channels lang={props.lang} channels={props.channels} />
        <div class="actions">
          <a href={props.formHref}>{t.another}</a>
        </div>
      </div>
    </Page>
  );
}
