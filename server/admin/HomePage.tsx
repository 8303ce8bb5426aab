/** @jsxImportSource hono/jsx */
// After sign-in: a greeting, today's numbers and the kiosks at a glance, with the way to each page
// the officer may open. Counts only: no visitor's personal data here.
import { longDay } from '../web/lang';
import { AdminPage, mayOpen, sectionPath, type AdminFrame } from './AdminPage';
import { adminText } from './adminText';

export interface HomeProps {
  readonly frame: AdminFrame;
  readonly today: string;
  readonly reservations: number;
  readonly checkedIn: number;
  readonly activeKiosks: number;
  readonly kiosksToLook: number;
}

export function HomePage(props: HomeProps) {
  const { lang, granted } = props.frame;
  const t = adminText[lang].home;
  return (
    <AdminPage frame={props.frame} current="home" title={t.greeting(props.frame.officerName)}>
      <p>{t.today(longDay(props.today, lang))}</p>
      <div class="tiles">
        <div class="tile">
          <p class="label">{t.reservations}</p>
          <p class="number" data-testid="today-reservations">
            {props.reservations}
          </p>
          {mayOpen('reservations', granted) && <a href={sectionPath.reservations}>{t.open}</a>}
        </div>
        <div class="tile">
          <p class="label">{t.checkedIn}</p>
          <p class="number" data-testid="today-checked-in">
            {props.checkedIn}
          </p>
        </div>
        <div class={props.kiosksToLook > 0 ? 'tile warn' : 'tile'}>
          <p class="label">{t.kiosks}</p>
          <p data-testid="kiosk-glance">
            {props.activeKiosks === 0
              ? t.noKiosks
              : props.kiosksToLook > 0
                ? t.kiosksLook(props.activeKiosks, props.kiosksToLook)
                : t.kiosksOk(props.activeKiosks)}
          </p>
          {mayOpen('kiosks', granted) && <a href={sectionPath.kiosks}>{t.open}</a>}
        </div>
      </div>
    </AdminPage>
  );
}
