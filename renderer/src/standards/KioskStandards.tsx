// The 15 service standards at the kiosk (kiosk-ui.md §4, "Service catalogue"): a list of big
// tiles, then a service's page in sections that each fit one screen (Persyaratan, Alur, Waktu &
// biaya, Hasil, Pengaduan, Selengkapnya), a QR that opens the same page on the visitor's phone, a
// printed summary where a printer is set up, and "Ambil nomor antrean" into the guest book.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Loader,
  Stack,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import { sourceDate } from '../../../shared/serviceStandards/catalogue';
import type { Lang } from '../../../shared/serviceStandards/fieldText';
import {
  costLine,
  localiseCatalogue,
  type LocalisedStandard,
} from '../../../shared/serviceStandards/localise';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';
import { shippedCatalogue } from '../../../shared/serviceStandards/shippedCatalogue';
import { useApi } from '../api/ApiContext';
import { useConnection } from '../api/connection';
import { useApiMutation } from '../api/useApiMutation';
import { unwrap, useApiQuery } from '../api/useApiQuery';
import { listRows, paginateByHeight, paragraphRows, type Row } from './standardsPages';
import './standards.css';

const sectionNames = ['requirements', 'procedure', 'timeCost', 'product', 'complaints', 'more'] as const;
type SectionName = (typeof sectionNames)[number];

/** The catalogue in the kiosk's language, with the officers' corrections laid over it. */
function useStandards(): { lang: Lang; standards: LocalisedStandard[] | null } {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'id';
  const corrections = useApiQuery('standards.corrections.list', {}).data;
  const standards = useMemo(
    () => (corrections ? localiseCatalogue(shippedCatalogue, lang, corrections.items) : null),
    [corrections, lang],
  );
  return { lang, standards };
}

export function KioskStandards({
  onDone,
  onTakeNumber,
}: {
  onDone: () => void;
  /** "Ambil nomor antrean" on a service's page: the guest book, with that service chosen. */
  onTakeNumber: (serviceId: ServiceId) => void;
}) {
  const { t } = useTranslation();
  const { lang, standards } = useStandards();
  const [chosen, setChosen] = useState<ServiceId | null>(null);
  if (!standards) {
    return (
      <Stack align="center" pt={240} data-testid="kiosk-standards">
        <Loader size="xl" aria-label={t('standards.loading')} />
      </Stack>
    );
  }
  const standard = chosen ? standards.find((s) => s.serviceId === chosen) : undefined;
  return standard ? (
    <ServicePage
      key={standard.serviceId}
      standard={standard}
      lang={lang}
      onBack={() => setChosen(null)}
      onTakeNumber={() => onTakeNumber(standard.serviceId)}
    />
  ) : (
    <ServiceList standards={standards} onChoose={setChosen} onDone={onDone} />
  );
}

function ServiceList({
  standards,
  onChoose,
  onDone,
}: {
  standards: readonly LocalisedStandard[];
  onChoose: (id: ServiceId) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-step standards-list" data-testid="kiosk-standards">
      <Stack gap="xs" data-area="top">
        <Title order={1} className="standards-list-title">
          {t('standards.listTitle')}
        </Title>
        <Text size="kioskLead">{t('standards.listIntro')}</Text>
        <section
          className="kiosk-info"
          aria-labelledby="standards-notice-title"
          data-testid="standards-notice"
        >
          <Stack gap={4}>
            <Title order={2} fz="kioskH3" id="standards-notice-title">
              {t('standards.field.serviceNotice')}
            </Title>
            <Text fs="italic" className="standards-notice-text">
              {standards[0]?.serviceNotice}
            </Text>
          </Stack>
        </section>
      </Stack>
      <nav aria-label={t('standards.listLabel')} data-area="middle" className="standards-list-tiles">
        <ul className="standards-tiles">
          {standards.map((s) => (
            <li key={s.serviceId}>
              <UnstyledButton
                className="standards-tile kiosk-outline"
                onClick={() => onChoose(s.serviceId)}
                data-testid={`standard-tile-${s.serviceId}`}
              >
                <span className="standards-tile-number" aria-hidden>
                  {s.number}
                </span>
                <span className="standards-tile-name">{s.shortName}</span>
              </UnstyledButton>
            </li>
          ))}
        </ul>
      </nav>
      <Stack gap="md" data-area="bottom">
        <Button size="kiosk" fullWidth variant="default" onClick={onDone} data-testid="standards-done">
          {t('standards.done')}
        </Button>
      </Stack>
    </div>
  );
}

/** The rows a section shows, in the kiosk's words. */
function sectionRows(s: LocalisedStandard, section: SectionName, t: (k: string) => string): Row[] {
  switch (section) {
    case 'requirements':
      return listRows(s.requirements);
    case 'procedure':
      return s.procedure.flatMap((p) => listRows(p.steps, p.title ? { heading: p.title } : {}));
    case 'timeCost':
      return [
        ...listRows(s.serviceTime, { heading: t('standards.field.serviceTime'), numbered: false }),
        ...paragraphRows(t('standards.field.cost'), costLine(s, t('standards.free'))),
      ];
    case 'product':
      return paragraphRows(t('standards.field.product'), s.product);
    case 'complaints':
      return listRows(
        s.complaintChannels.map((c) => c.label),
        { numbered: false },
      );
    case 'more':
      return [
        ...listRows(s.legalBasis, { heading: t('standards.field.legalBasis') }),
        ...listRows(s.facilities, { heading: t('standards.field.facilities'), numbered: false }),
        ...paragraphRows(t('standards.field.staffCount'), s.staffCount),
        ...listRows(s.staffCompetence, { heading: t('standards.field.staffCompetence'), numbered: false }),
        ...listRows(s.supervision, { heading: t('standards.field.supervision'), numbered: false }),
        ...listRows(s.serviceGuarantee, { heading: t('standards.field.serviceGuarantee'), numbered: false }),
        ...listRows(s.safetyGuarantee, { heading: t('standards.field.safetyGuarantee'), numbered: false }),
        ...listRows(s.evaluation, { heading: t('standards.field.evaluation'), numbered: false }),
        ...paragraphRows(t('standards.field.serviceNotice'), s.serviceNotice),
      ];
  }
}

/** Which fields a section shows, to mark it when an officer corrected one of them. */
const sectionFields: Record<SectionName, readonly string[]> = {
  requirements: ['requirements'],
  procedure: ['procedure'],
  timeCost: ['serviceTime', 'cost'],
  product: ['product'],
  complaints: ['complaintChannels'],
  more: [
    'legalBasis',
    'facilities',
    'staffCount',
    'staffCompetence',
    'supervision',
    'serviceGuarantee',
    'safetyGuarantee',
    'evaluation',
    'serviceNotice',
  ],
};

/**
 * The service's page on the central portal, for the QR. Keyed by the server this kiosk syncs with,
 * so the link appears as soon as the kiosk joins a site (the cache otherwise keeps answers forever).
 */
function usePhoneLink(serviceId: ServiceId, lang: Lang): string | null {
  const api = useApi();
  const server = useConnection().sync?.serverUrl ?? null;
  const link = useQuery({
    queryKey: ['sync', 'standards.phoneLink', { serviceId, lang }, server],
    queryFn: async () => unwrap(await api.invoke('standards.phoneLink', { serviceId, lang })),
  }).data;
  return link?.url ?? null;
}

/** One row of a section, the same whether measured or shown. */
function RowView({ row, testId = false }: { row: Row; testId?: boolean }) {
  if (row.kind === 'heading')
    return (
      <Title order={2} fz="kioskH3" className="standards-row">
        {row.text}
      </Title>
    );
  if (row.kind === 'paragraph')
    return (
      <Text size="kiosk" className="standards-row" style={{ overflowWrap: 'anywhere' }}>
        {row.text}
      </Text>
    );
  if (row.kind === 'note')
    return (
      <Text
        size="kioskSmall"
        c="dimmed"
        className="standards-row"
        data-testid={testId ? 'standard-corrected' : undefined}
      >
        {row.text}
      </Text>
    );
  return (
    <Group
      gap="md"
      wrap="nowrap"
      align="flex-start"
      className="standards-row"
      data-testid={testId ? 'standard-row' : undefined}
    >
      <span className="standards-marker" aria-hidden>
        {row.number === null ? '•' : `${row.number}.`}
      </span>
      <Text size="kiosk" style={{ overflowWrap: 'anywhere' }}>
        {row.text}
      </Text>
    </Group>
  );
}

/** The gap between rows (Mantine's sm) and the room the page buttons take (a 96 px button + 24 px). */
const ROW_GAP = 12;
const PAGER = 120;

/**
 * The section's rows cut into pages that fit the card as drawn now: measured after layout, and again
 * whenever the card changes size (the other orientation, larger text).
 */
function usePages(rows: readonly Row[]) {
  const cardRef = useRef<HTMLElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  // Pages belong to the rows they were cut from: new rows (another section, language) start whole
  // until measured, which happens before the screen is painted.
  const [cut, setCut] = useState<{ rows: readonly Row[]; pages: number[][] } | null>(null);
  const [page, setPage] = useState(0);
  useLayoutEffect(() => {
    const card = cardRef.current;
    const measure = measureRef.current;
    if (!card || !measure) return;
    const compute = () => {
      const style = getComputedStyle(card);
      const available = card.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      const heights = [...measure.children].map((el) => el.getBoundingClientRect().height);
      const pages = paginateByHeight(heights, available, ROW_GAP, PAGER, (i) => rows[i]?.kind === 'heading');
      setCut((before) =>
        before?.rows === rows && JSON.stringify(before.pages) === JSON.stringify(pages)
          ? before
          : { rows, pages },
      );
      setPage((p) => Math.min(p, pages.length - 1));
    };
    compute();
    const observer = new ResizeObserver(compute);
    observer.observe(card);
    return () => observer.disconnect();
  }, [rows]);
  const pages = cut?.rows === rows ? cut.pages : [rows.map((_, i) => i)];
  return { cardRef, measureRef, pages, page, setPage };
}

function ServicePage({
  standard: s,
  lang,
  onBack,
  onTakeNumber,
}: {
  standard: LocalisedStandard;
  lang: Lang;
  onBack: () => void;
  onTakeNumber: () => void;
}) {
  const { t } = useTranslation();
  const [section, setSection] = useState<SectionName>('requirements');
  const corrected = (name: SectionName) =>
    sectionFields[name].some((f) => (s.corrected as readonly string[]).includes(f));
  const rows = useMemo(() => {
    const all = sectionRows(s, section, t);
    const fixed = sectionFields[section].some((f) => (s.corrected as readonly string[]).includes(f));
    return fixed ? [...all, { kind: 'note' as const, text: t('standards.correctedSection') }] : all;
  }, [s, section, t]);
  const { cardRef, measureRef, pages, page, setPage } = usePages(rows);
  const shown = (pages[page] ?? []).flatMap((i) => (rows[i] ? [rows[i]] : []));
  const link = usePhoneLink(s.serviceId, lang);
  const [qr, setQr] = useState<string | null>(null);
  const { devices } = useConnection();
  const hasPrinter = devices.some((d) => d.kind === 'printer');
  const print = useApiMutation('standards.slip.print');
  // The guest book is offered only where this kiosk offers it (settings → services of this kiosk).
  const guestbook = useApiQuery('settings.kioskServices.get', {}).data?.guestbook ?? false;

  useEffect(() => {
    if (!link) return setQr(null);
    let live = true;
    void QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 4, scale: 8 }).then(
      (url) => live && setQr(url),
    );
    return () => {
      live = false;
    };
  }, [link]);

  const choose = (next: SectionName) => {
    setSection(next);
    setPage(0);
  };
  const printKey = print.isSuccess ? 'standards.printing' : (print.error?.appError.messageKey ?? null);

  return (
    <div
      className="standards-page"
      data-testid="kiosk-standard-page"
      data-service={s.serviceId}
      data-phone={qr ? 'yes' : 'no'}
    >
      <Stack gap="sm" data-area="top">
        <Text size="kioskSmall" fw={700} c="civic.8">
          {t('standards.serviceNumber', { number: s.number })}
        </Text>
        <Title order={1} fz="kioskH2" lh={1.2} data-testid="standard-title">
          {s.shortName}
        </Title>
        {s.name.toLowerCase() !== s.shortName.toLowerCase() && (
          <Text size="kiosk" c="dimmed" data-testid="standard-name">
            {s.name}
          </Text>
        )}
        <Text size="kioskLead">{s.summary}</Text>
        <Group gap="sm">
          {s.serviceTime.length === 1 && (
            <Badge
              size="xl"
              variant="light"
              color="civic"
              className="standards-fact"
              data-testid="standard-time"
            >
              {s.serviceTime[0]}
            </Badge>
          )}
          {s.free && (
            <Badge
              size="xl"
              variant="filled"
              color="teal.9"
              className="standards-fact"
              data-testid="standard-free"
            >
              {t('standards.free')}
            </Badge>
          )}
        </Group>
      </Stack>

      <section
        className="kiosk-card standards-content"
        id="standards-section"
        role="tabpanel"
        aria-labelledby={`standards-tab-${section}`}
        data-area="middle"
        data-testid="standard-section"
        ref={cardRef}
      >
        {/* Every row of the section, drawn unseen at the card's width, to cut pages by height. */}
        <div className="standards-measure" ref={measureRef} aria-hidden>
          {rows.map((row, i) => (
            <RowView key={i} row={row} />
          ))}
        </div>
        <div className="standards-visible">
          {shown.map((row, i) => (
            <RowView key={`${page}:${i}`} row={row} testId />
          ))}
          {pages.length > 1 && (
            <Group justify="space-between" wrap="nowrap" className="standards-pager">
              <Button
                size="kiosk"
                variant="default"
                disabled={page === 0}
                onClick={() => setPage(page - 1)}
                data-testid="standard-previous"
              >
                {t('standards.previous')}
              </Button>
              <Text size="kiosk" fw={600} data-testid="standard-page">
                {t('standards.page', { page: page + 1, pages: pages.length })}
              </Text>
              <Button
                size="kiosk"
                variant="default"
                disabled={page >= pages.length - 1}
                onClick={() => setPage(page + 1)}
                data-testid="standard-next"
              >
                {t('standards.next')}
              </Button>
            </Group>
          )}
        </div>
      </section>

      <div
        className="standards-sections"
        role="tablist"
        aria-label={t('standards.sectionsLabel')}
        data-area="nav"
      >
        {sectionNames.map((name) => (
          <Button
            key={name}
            role="tab"
            id={`standards-tab-${name}`}
            aria-selected={section === name}
            aria-controls="standards-section"
            size="kioskBand"
            variant={section === name ? 'filled' : 'default'}
            onClick={() => choose(name)}
            data-testid={`standard-section-${name}`}
          >
            {t(`standards.sections.${name}`)}
            {corrected(name) && (
              <>
                <span className="standards-dot" aria-hidden />
                <VisuallyHidden>{` (${t('standards.corrected')})`}</VisuallyHidden>
              </>
            )}
          </Button>
        ))}
      </div>

      {/* Only where there is a page to open: a kiosk not joined to a central server has none. */}
      {qr && (
        <div className="kiosk-info standards-phone" data-area="phone" data-testid="standard-phone">
          <img
            className="standards-qr"
            src={qr}
            alt={t('standards.qrAlt', { name: s.shortName })}
            data-testid="standard-qr"
          />
          <Stack gap={4}>
            <Title order={2} fz="kioskH3">
              {t('standards.phoneTitle')}
            </Title>
            <Text size="kioskSmall">{t('standards.phoneHint')}</Text>
          </Stack>
        </div>
      )}

      <Stack gap="md" data-area="actions" justify="flex-end">
        {guestbook && (
          <Button size="kioskPrimary" fullWidth onClick={onTakeNumber} data-testid="standard-take-number">
            {t('standards.takeNumber')}
          </Button>
        )}
        <Button size="kiosk" fullWidth variant="default" onClick={onBack} data-testid="standard-back">
          {t('standards.backToList')}
        </Button>
        {hasPrinter && (
          <Button
            size="kiosk"
            fullWidth
            variant="default"
            loading={print.isPending}
            onClick={() => print.mutate({ serviceId: s.serviceId, lang })}
            data-testid="standard-print"
          >
            {t('standards.print')}
          </Button>
        )}
        {printKey && (
          <Text size="kiosk" ta="center" role="status" data-testid="standard-print-status">
            {t(printKey)}
          </Text>
        )}
      </Stack>

      <Text size="kioskSmall" c="dimmed" ta="center" data-area="source" data-testid="standard-source">
        {t('standards.source', {
          title: shippedCatalogue.source.title[lang],
          date: sourceDate(shippedCatalogue.source.issuedOn, lang),
        })}
      </Text>
    </div>
  );
}
