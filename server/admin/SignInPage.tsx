/** @jsxImportSource hono/jsx */
// Sign-in: the location (when the server holds more than one), then the officer's name and PIN.
// Two plain steps instead of a script: the names listed are those of the chosen location.
import { Page, type Brand } from '../web/layout';
import type { Lang } from '../web/lang';
import { adminText } from './adminText';

export interface SignInProps {
  readonly lang: Lang;
  readonly brand: Brand;
  readonly langHref: string;
  readonly sites: readonly { id: string; name: string }[];
  /** The chosen location, or null while it is still to be chosen. */
  readonly siteId: string | null;
  readonly officers: readonly { id: string; fullName: string }[];
  readonly chosenOfficer?: string;
  readonly message?: { kind: 'alert' | 'notice'; text: string };
}

export function SignInPage(props: SignInProps) {
  const t = adminText[props.lang].signIn;
  return (
    <Page lang={props.lang} title={t.title} brand={props.brand} langHref={props.langHref}>
      <div class="card">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        {props.message && (
          <p class={props.message.kind} role={props.message.kind === 'alert' ? 'alert' : 'status'}>
            {props.message.text}
          </p>
        )}
        {props.sites.length > 1 && (
          <form method="get" action="/admin/sign-in">
            <label for="site">{t.site}</label>
            <select id="site" name="site" required>
              {props.siteId === null && <option value="">{t.chooseSite}</option>}
              {props.sites.map((s) => (
                <option value={s.id} selected={s.id === props.siteId}>
                  {s.name}
                </option>
              ))}
            </select>
            <div class="actions">
              <button type="submit" class="secondary small">
                {t.next}
              </button>
            </div>
          </form>
        )}
        {props.siteId !== null && props.officers.length === 0 && <p class="alert">{t.noOfficers}</p>}
        {props.siteId !== null && props.officers.length > 0 && (
          <form method="post" action="/admin/sign-in">
            <input type="hidden" name="site" value={props.siteId} />
            <label for="officer">{t.officer}</label>
            <select id="officer" name="officer" required>
              {props.officers.map((o) => (
                <option value={o.id} selected={o.id === props.chosenOfficer}>
                  {o.fullName}
                </option>
              ))}
            </select>
            <label for="pin">{t.pin}</label>
            <input
              id="pin"
              name="pin"
              type="password"
              autocomplete="current-password"
              required
              maxlength={64}
            />
            <div class="actions stack">
              <button type="submit">{t.submit}</button>
            </div>
          </form>
        )}
      </div>
    </Page>
  );
}
