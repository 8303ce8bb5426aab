/** @jsxImportSource hono/jsx */
// The frame of every admin page: the office's brand, the pages this officer may open (and only
// those), who is signed in with a sign-out button, and the page's content at full width.
import type { Child } from 'hono/jsx';
import type { Permission } from '../../shared/contract/permissions';
import { Page, type Brand } from '../web/layout';
import type { Lang } from '../web/lang';
import { adminText } from './adminText';

export type AdminSection =
  'home' | 'reservations' | 'recaps' | 'requests' | 'kiosks' | 'rejected' | 'officers' | 'settings';

/** Which permission opens which page (the kiosk's meaning of each permission). */
export const sectionPermission: Record<AdminSection, readonly Permission[]> = {
  home: [],
  reservations: ['reservations.read'],
  recaps: ['reports.read', 'recaps.prepare', 'recaps.review', 'recaps.receive'],
  requests: ['requests.read', 'requests.manage'],
  kiosks: ['settings.manage'],
  rejected: ['settings.manage'],
  officers: ['officers.manage', 'settings.manage'],
  settings: ['settings.manage'],
};

export const sectionPath: Record<AdminSection, string> = {
  home: '/admin',
  reservations: '/admin/reservations',
  recaps: '/admin/recaps',
  requests: '/admin/requests',
  kiosks: '/admin/kiosks',
  rejected: '/admin/rejected',
  officers: '/admin/officers',
  settings: '/admin/settings',
};

export const mayOpen = (section: AdminSection, granted: ReadonlySet<Permission>): boolean =>
  sectionPermission[section].length === 0 || sectionPermission[section].some((p) => granted.has(p));

export interface AdminFrame {
  readonly lang: Lang;
  readonly brand: Brand;
  readonly langHref: string;
  readonly officerName: string;
  readonly granted: ReadonlySet<Permission>;
  /** Sections the officer's position opens whatever their permissions (the requests, for a chain's officer). */
  readonly opensByPosition?: readonly AdminSection[];
}

function AdminNav(props: { frame: AdminFrame; current: AdminSection | null }) {
  const t = adminText[props.frame.lang].nav;
  const sections = (Object.keys(sectionPath) as AdminSection[]).filter(
    (s) => mayOpen(s, props.frame.granted) || (props.frame.opensByPosition ?? []).includes(s),
  );
  return (
    <nav class="admin" aria-label={adminText[props.frame.lang].adminTitle}>
      {sections.map((s) => (
        <a href={sectionPath[s]} aria-current={s === props.current ? 'page' : undefined}>
          {t[s]}
        </a>
      ))}
      <span class="who">{props.frame.officerName}</span>
      <form method="post" action="/admin/sign-out" class="inline">
        <button type="submit" class="small secondary">
          {t.signOut}
        </button>
      </form>
    </nav>
  );
}

export function AdminPage(props: {
  frame: AdminFrame;
  current: AdminSection | null;
  title: string;
  children: Child;
}) {
  return (
    <Page
      lang={props.frame.lang}
      title={props.title}
      brand={props.frame.brand}
      langHref={props.frame.langHref}
      wide
      nav={<AdminNav frame={props.frame} current={props.current} />}
    >
      <div class="card admin">
        <h1>{props.title}</h1>
        {props.children}
      </div>
    </Page>
  );
}
