/** @jsxImportSource hono/jsx */
// The portal's pages: the site list, the reservation form, the reservation with its QR, and the
// short answers (not found, too many requests). Plain HTML forms, no script: they work on any phone
// browser, and the page's Content-Security-Policy can forbid scripts altogether.
import { Page, type Brand } from '../web/layout';
import { longDay, type Lang } from '../web/lang';
import { consentText, fieldError, portalText } from './portalText';

export interface Frame {
  readonly lang: Lang;
  readonly brand: Brand;
  readonly langHref: string;
}

export function SiteList(props: Frame & { sites: readonly { id: string; name: string }[] }) {
  const t = portalText[props.lang];
  return (
    <Page lang={props.lang} title={t.chooseSite} brand={props.brand} langHref={props.langHref}>
      <div class="card">
        <h1>{t.chooseSite}</h1>
        <p>{t.chooseSiteIntro}</p>
        <ul>
          {props.sites.map((s) => (
            <li>
              <a href={`/s/${encodeURIComponent(s.id)}`}>{s.name}</a>
            </li>
          ))}
        </ul>
      </div>
    </Page>
  );
}

export interface DayChoice {
  readonly day: string;
  readonly desksLeft: number;
  readonly isToday: boolean;
}

export interface FormValues {
  readonly day?: string;
  readonly fullName?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly consent?: boolean;
}

export interface ReserveFormProps extends Frame {
  readonly siteId: string;
  readonly officeName: string;
  readonly hours: string;
  readonly maxStayHours: number;
  readonly retentionDays: number;
  readonly days: readonly DayChoice[];
  readonly linkKey: string;
  readonly values: FormValues;
  /** Field name → message key from the shared schemas. */
  readonly errors: Readonly<Record<string, string>>;
  /** A refusal of the whole reservation (the day filled up meanwhile, …), already in words. */
  readonly refusal?: string;
}

function Field(props: {
  lang: Lang;
  name: 'fullName' | 'email' | 'phone';
  type: string;
  autocomplete: string;
  inputmode?: 'email' | 'tel';
  hint?: string;
  value: string | undefined;
  error: string | undefined;
  maxlength: number;
}) {
  const t = portalText[props.lang];
  const described = [props.hint ? `${props.name}-hint` : '', props.error ? `${props.name}-error` : '']
    .filter(Boolean)
    .join(' ');
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
        required
        maxlength={props.maxlength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
      {props.hint && (
        <p class="hint" id={`${props.name}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="error" id={`${props.name}-error`}>
          {fieldError(props.lang, props.error)}
        </p>
      )}
    </div>
  );
}

export function ReserveForm(props: ReserveFormProps) {
  const t = portalText[props.lang];
  const hasErrors = Object.keys(props.errors).length > 0;
  return (
    <Page lang={props.lang} title={t.reserveTitle} brand={props.brand} langHref={props.langHref}>
      <div class="card">
        <h1>{t.reserveTitle}</h1>
        <p>{t.reserveIntro}</p>
        <p class="hint">{t.hours(props.hours, props.maxStayHours)}</p>
        <p class="hint">
          {t.otherRequests}{' '}
          <a href={`/requests/s/${encodeURIComponent(props.siteId)}`} data-testid="portal-requests-link">
            {t.otherRequestsLink}
          </a>
        </p>
        {props.refusal && (
          <div class="alert" role="alert">
            {props.refusal}
          </div>
        )}
        {hasErrors && !props.refusal && (
          <div class="alert" role="alert">
            {t.checkFields}
          </div>
        )}
        {props.days.length === 0 ? (
          <p class="notice">{t.noDays}</p>
        ) : (
          <form method="post" action={`/s/${encodeURIComponent(props.siteId)}`} novalidate>
            <input type="hidden" name="linkKey" value={props.linkKey} />
            <fieldset aria-describedby={props.errors.day ? 'day-error' : undefined}>
              <legend>{t.dayLegend}</legend>
              <div class="days">
                {props.days.map((d, i) => (
                  <label class={d.desksLeft === 0 ? 'day full' : 'day'}>
                    <input
                      type="radio"
                      name="day"
                      value={d.day}
                      required
                      disabled={d.desksLeft === 0}
                      checked={props.values.day ? props.values.day === d.day : i === 0 && d.desksLeft > 0}
                    />
                    <span>
                      {d.isToday ? `${t.today}, ` : ''}
                      {longDay(d.day, props.lang)}
                      <span class="left">{d.desksLeft === 0 ? t.full : t.desksLeft(d.desksLeft)}</span>
                    </span>
                  </label>
                ))}
              </div>
              {props.errors.day && (
                <p class="error" id="day-error">
                  {t.pickDay}
                </p>
              )}
            </fieldset>
            <Field
              lang={props.lang}
              name="fullName"
              type="text"
              autocomplete="name"
              value={props.values.fullName}
              error={props.errors.fullName}
              maxlength={100}
            />
            <Field
              lang={props.lang}
              name="email"
              type="email"
              autocomplete="email"
              inputmode="email"
              hint={t.emailHint}
              value={props.values.email}
              error={props.errors.email}
              maxlength={254}
            />
            <Field
              lang={props.lang}
              name="phone"
              type="tel"
              autocomplete="tel"
              inputmode="tel"
              hint={t.phoneHint}
              value={props.values.phone}
              error={props.errors.phone}
              maxlength={32}
            />
            <h2>{t.consentTitle}</h2>
            <p class="hint">{consentText(props.lang, props.officeName, props.retentionDays)}</p>
            <label class="consent">
              <input
                type="checkbox"
                name="consent"
                value="yes"
                required
                checked={props.values.consent}
                aria-invalid={props.errors.consent ? 'true' : undefined}
                aria-describedby={props.errors.consent ? 'consent-error' : undefined}
              />
              <span>{t.consent}</span>
            </label>
            {props.errors.consent && (
              <p class="error" id="consent-error">
                {fieldError(props.lang, props.errors.consent)}
              </p>
            )}
            <div class="actions stack">
              <button type="submit">{t.submit}</button>
            </div>
          </form>
        )}
      </div>
    </Page>
  );
}

export interface TicketProps extends Frame {
  readonly linkKey: string;
  readonly siteName: string;
  readonly firstName: string;
  readonly day: string;
  readonly hours: string;
  readonly status: string;
  readonly token: string;
  readonly qrDataUrl: string;
  readonly email: string;
  readonly mailState: 'off' | 'pending' | 'sent' | 'failed';
  readonly justMade: boolean;
  readonly message?: string;
  readonly siteHref: string;
}

export function Ticket(props: TicketProps) {
  const t = portalText[props.lang];
  const base = `/r/${props.linkKey}`;
  const usable = props.status === 'booked';
  return (
    <Page lang={props.lang} title={t.yourReservation} brand={props.brand} langHref={props.langHref}>
      <div class="card">
        <h1>{props.justMade ? t.ticketTitle(props.firstName) : t.yourReservation}</h1>
        {props.message && (
          <p class="notice" role="status">
            {props.message}
          </p>
        )}
        {usable && (
          <>
            <p>{t.showQr}</p>
            <img class="qr" src={props.qrDataUrl} alt={t.qrAlt} width="330" height="330" />
            <p class="code" data-testid="ticket-code">
              {props.token}
            </p>
          </>
        )}
        <dl class="facts">
          <dt>{t.day}</dt>
          <dd>{longDay(props.day, props.lang)}</dd>
          <dt>{t.place}</dt>
          <dd>{`${props.siteName} (${props.hours})`}</dd>
          <dt>{t.name}</dt>
          <dd>{props.firstName}</dd>
          <dt>{t.state}</dt>
          <dd>
            <span class={`status ${props.status}`}>{t.status[props.status] ?? props.status}</span>
          </dd>
        </dl>
        {usable && props.mailState === 'sent' && <p class="notice">{t.mailSent(props.email)}</p>}
        {usable && props.mailState === 'pending' && <p class="hint">{t.mailPending(props.email)}</p>}
        {usable && props.mailState === 'failed' && (
          <p class="alert" role="alert">
            {t.mailFailed(props.email)}
          </p>
        )}
        {usable && (
          <>
            <div class="actions">
              <a class="button" href={`${base}/qr.png`} download="qr-reservasi.png">
                {t.savePng}
              </a>
              <a class="button secondary" href={`${base}/tiket.pdf`} download="tiket-reservasi.pdf">
                {t.savePdf}
              </a>
            </div>
            <p class="hint keep">{t.keepLink}</p>
            <details>
              <summary>{t.cancel}</summary>
              <form method="post" action={`${base}/cancel`}>
                <p>{t.cancelConfirm}</p>
                <button type="submit" class="danger">
                  {t.cancelYes}
                </button>
              </form>
            </details>
          </>
        )}
        <div class="actions">
          <a href={props.siteHref}>{t.another}</a>
        </div>
      </div>
    </Page>
  );
}

export function Notice(props: Frame & { title: string; text: string }) {
  return (
    <Page lang={props.lang} title={props.title} brand={props.brand} langHref={props.langHref}>
      <div class="card">
        <h1>{props.title}</h1>
        {props.text !== props.title && <p>{props.text}</p>}
      </div>
    </Page>
  );
}
