/** @jsxImportSource hono/jsx */
// The service standards on the visitor's phone: the list of the 15 services, and one service's page
// (what the kiosk's QR opens), in the same sections as the kiosk: what to bring, the steps, time and
// cost, what you receive, where to complain, and the rest folded under "Selengkapnya". No script;
// every text is printed as text (Hono escapes it), so a correction with markup shows its characters.
import type { EntryField } from '../../../shared/serviceStandards/catalogue';
import { sourceDate, type CatalogueSource } from '../../../shared/serviceStandards/catalogue';
import { costLine, type LocalisedStandard } from '../../../shared/serviceStandards/localise';
import { Page, type Brand } from '../../web/layout';
import type { Lang } from '../../web/lang';
import { standardsText } from './standardsPortalText';

export interface StandardsFrame {
  readonly lang: Lang;
  readonly brand: Brand;
  readonly langHref: string;
  readonly siteId: string;
}

const STYLESHEET = '/standards/assets/standards.css';
const listHref = (siteId: string, lang: Lang) =>
  `/standards/${encodeURIComponent(siteId)}${lang === 'en' ? '?lang=en' : ''}`;
const serviceHref = (siteId: string, id: string, lang: Lang) =>
  `/standards/${encodeURIComponent(siteId)}/${encodeURIComponent(id)}${lang === 'en' ? '?lang=en' : ''}`;

export function StandardsList(props: StandardsFrame & { standards: readonly LocalisedStandard[] }) {
  const w = standardsText(props.lang);
  return (
    <Page lang={props.lang} title={w.listTitle} brand={props.brand} langHref={props.langHref}>
      <link rel="stylesheet" href={STYLESHEET} />
      <div class="card standard">
        <h1>{w.listTitle}</h1>
        <p>{w.listIntro}</p>
        <ul class="standard-list" aria-label={w.listLabel}>
          {props.standards.map((s) => (
            <li>
              <a
                href={serviceHref(props.siteId, s.serviceId, props.lang)}
                data-testid={`portal-standard-${s.serviceId}`}
              >
                <span class="n" aria-hidden="true">
                  {s.number}
                </span>
                <span>{s.shortName}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </Page>
  );
}

function Corrected(props: { show: boolean; lang: Lang }) {
  return props.show ? <span class="corrected">{standardsText(props.lang).corrected}</span> : null;
}

function Items(props: { items: readonly string[]; numbered?: boolean }) {
  const items = props.items.map((item) => <li>{item}</li>);
  return props.numbered === false ? <ul>{items}</ul> : <ol>{items}</ol>;
}

export function StandardPage(
  props: StandardsFrame & { standard: LocalisedStandard; source: CatalogueSource },
) {
  const { lang } = props;
  const s = props.standard;
  const w = standardsText(lang);
  const fixed = (...fields: EntryField[]) => fields.some((f) => s.corrected.includes(f));
  const more: readonly [EntryField, readonly string[], boolean][] = [
    ['legalBasis', s.legalBasis, true],
    ['facilities', s.facilities, false],
    ['staffCount', [s.staffCount], false],
    ['staffCompetence', s.staffCompetence, false],
    ['supervision', s.supervision, false],
    ['serviceGuarantee', s.serviceGuarantee, false],
    ['safetyGuarantee', s.safetyGuarantee, false],
    ['evaluation', s.evaluation, false],
    ['serviceNotice', [s.serviceNotice], false],
  ];
  return (
    <Page lang={lang} title={s.shortName} brand={props.brand} langHref={props.langHref}>
      <link rel="stylesheet" href={STYLESHEET} />
      <p>
        <a href={listHref(props.siteId, lang)}>← {w.allServices}</a>
      </p>
      <article class="card standard" data-testid="portal-standard" data-service={s.serviceId}>
        <p class="number">{w.fill(w.serviceNumber, { number: s.number })}</p>
        <h1 data-testid="portal-standard-title">{s.shortName}</h1>
        {s.name !== s.shortName && <p class="hint">{s.name}</p>}
        <p>{s.summary}</p>
        <dl class="facts">
          <dt>{w.field.serviceTime}</dt>
          <dd>{s.serviceTime.join('; ')}</dd>
          <dt>{w.field.cost}</dt>
          <dd>{s.free ? <span class="free">{w.free}</span> : s.cost}</dd>
        </dl>

        <h2>
          {w.sections.requirements} <Corrected show={fixed('requirements')} lang={lang} />
        </h2>
        <Items items={s.requirements} />

        <h2>
          {w.sections.procedure} <Corrected show={fixed('procedure')} lang={lang} />
        </h2>
        {s.procedure.map((section) => (
          <>
            {section.title && <h3>{section.title}</h3>}
            <Items items={section.steps} />
          </>
        ))}

        <h2>
          {w.sections.timeCost} <Corrected show={fixed('serviceTime', 'cost')} lang={lang} />
        </h2>
        <Items items={s.serviceTime} numbered={false} />
        <p>
          {w.field.cost}: {costLine(s, w.free)}
        </p>

        <h2>
          {w.sections.product} <Corrected show={fixed('product')} lang={lang} />
        </h2>
        <p data-testid="portal-standard-product">{s.product}</p>

        <h2>
          {w.sections.complaints} <Corrected show={fixed('complaintChannels')} lang={lang} />
        </h2>
        <ul data-testid="portal-standard-channels">
          {s.complaintChannels.map((c) => (
            <li>{c.href ? <a href={c.href}>{c.label}</a> : c.label}</li>
          ))}
        </ul>

        <details>
          <summary>
            {w.sections.more}: {w.moreSummary}
          </summary>
          {more.map(([field, items, numbered]) => (
            <>
              <h3>
                {w.field[field]} <Corrected show={fixed(field)} lang={lang} />
              </h3>
              {items.length === 1 && !numbered ? (
                <p>{items[0]}</p>
              ) : (
                <Items items={items} numbered={numbered} />
              )}
            </>
          ))}
        </details>

        {s.corrected.length > 0 && <p class="hint">{w.correctedNote}</p>}
        <p class="source">
          {w.fill(w.source, {
            title: props.source.title[lang],
            date: sourceDate(props.source.issuedOn, lang),
          })}
        </p>
      </article>
    </Page>
  );
}
