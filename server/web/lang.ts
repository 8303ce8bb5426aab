// The language of a server page: Bahasa Indonesia first; English one tap away. The choice comes from
// the link (?lang=en) and is remembered in a cookie, so the next page keeps it.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export type Lang = 'id' | 'en';
const COOKIE = 'loket_lang';

export function pageLang(c: Context): Lang {
  const asked = c.req.query('lang');
  if (asked === 'id' || asked === 'en') {
    setCookie(c, COOKIE, asked, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 365 * 86_400 });
    return asked;
  }
  return getCookie(c, COOKIE) === 'en' ? 'en' : 'id';
}

/** This page's address in the other language (the toggle in the header). */
export function otherLangHref(c: Context, lang: Lang): string {
  const url = new URL(c.req.url);
  url.searchParams.set('lang', lang === 'id' ? 'en' : 'id');
  return `${url.pathname}${url.search}`;
}

/** Dates as an Indonesian office writes them ("Senin, 23 November 2026"), in the site's zone. */
export function longDay(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

export function dateTime(at: number, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(at));
}

/** Indonesia's zones as people name them (WIB, WITA, WIT); other zones by their own name. */
export function zoneLabel(timeZone: string): string {
  const wib = ['Asia/Jakarta', 'Asia/Pontianak'];
  const wita = ['Asia/Makassar'];
  const wit = ['Asia/Jayapura'];
  if (wib.includes(timeZone)) return 'WIB';
  if (wita.includes(timeZone)) return 'WITA';
  if (wit.includes(timeZone)) return 'WIT';
  return timeZone;
}
