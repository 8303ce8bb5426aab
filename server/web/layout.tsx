/** @jsxImportSource hono/jsx */
// The frame of every server page: the office's identity (name and logo from the site's settings),
// the language toggle, and the page's own content. Hono's JSX escapes every value it prints, so a
// visitor's name like "<script>" is shown as text.
import type { Child } from 'hono/jsx';
import type { Lang } from './lang';

export interface Brand {
  readonly officeName: string;
  readonly siteName: string;
  /** A data: URL of the site's logo, or null. */
  readonly logo: string | null;
}

export const loketBrand: Brand = { officeName: 'Loket', siteName: 'Loket', logo: null };

export function Page(props: {
  lang: Lang;
  title: string;
  brand: Brand;
  langHref: string;
  wide?: boolean;
  nav?: Child;
  children: Child;
}) {
  const other =
    props.lang === 'id' ? { label: 'English', lang: 'en' } : { label: 'Bahasa Indonesia', lang: 'id' };
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${props.brand.siteName}`}</title>
        <link rel="stylesheet" href="/assets/page.css" />
      </head>
      <body class={props.wide ? 'wide' : undefined}>
        <a class="skip" href="#main">
          {props.lang === 'id' ? 'Langsung ke isi' : 'Skip to content'}
        </a>
        <header class="brand">
          <div class="inner">
            {props.brand.logo && <img src={props.brand.logo} alt="" />}
            <div class="names">
              <p class="office">{props.brand.officeName}</p>
              <p class="site">{props.brand.siteName}</p>
            </div>
            <a class="lang" href={props.langHref} hreflang={other.lang} lang={other.lang}>
              {other.label}
            </a>
          </div>
          {props.nav && <div class="inner">{props.nav}</div>}
        </header>
        <main id="main">
          <div class="inner">{props.children}</div>
        </main>
      </body>
    </html>
  );
}
