// The numbers of Loket's look, defined once (issue 9; ../shared/reference/kiosk-ui.md §1 and §3).
// Two scales share one palette: the visitor kiosk (portrait 1080×1920 touchscreen read at arm's
// length, sized for the smallest panel an office might buy, 21.5″ ≈ 0.248 mm/px) and the officer's
// desk (landscape monitor at ~60 cm, mouse and keyboard). renderer/src/theme/theme.ts turns them into
// Mantine's theme (screens use the names: size="kiosk", fz="kioskH1", …, never the numbers); the
// central server's pages (server/web/) turn them into CSS, so the portal looks like the kiosk. Pure
// data, so test/renderer/theme.test.ts checks the contrast and the sizes against kiosk-ui.md.

/**
 * The brand: one calm civic blue for identity and primary actions (IDDS splits colour into brand,
 * sentiment and neutral; everything else is neutral). Shade 8 carries white text at 8.4:1.
 */
export const civic = [
  '#edf3fa',
  '#d9e6f3',
  '#b3cce6',
  '#8ab0d8',
  '#6795cb',
  '#4c80c0',
  '#3a6fb0',
  '#2c5f9c',
  '#1f4e85',
  '#153c68',
] as const;

/** Colours with a job. Every pair used for text or a control boundary is checked in the unit test. */
export const colours = {
  /** Body text: 15.4:1 on white (kiosk target ≥ 7:1). */
  text: '#212529',
  /** Secondary text (Mantine's "dimmed" is 4.0:1; this is gray.7, 8.2:1). */
  dimmed: '#495057',
  /** Error text and borders (Mantine's #fa5252 is 3.3:1 on white; red.9 is 5.5:1). */
  error: '#c92a2a',
  /** Placeholders are text too (Mantine's gray.5 is 2.1:1; this is 4.9:1). */
  placeholder: '#687078',
  /** Input, checkbox and control boundaries (Mantine's gray.4 is 1.5:1; gray.6 is 3.3:1). */
  controlBorder: '#868e96',
  /** The kiosk's page behind its white cards. */
  page: '#f4f6f9',
  surface: '#ffffff',
  /** The primary action and the lit desk on the room map (civic.8). */
  primary: civic[8],
  /** "Free" on public screens, with its word and symbol (teal.9, 5.0:1). */
  free: '#087f5b',
} as const;

/** The spacing grid: multiples of 8 (kiosk-ui.md §3), as Mantine's xs…xl plus the kiosk's margin. */
export const spacing = { xs: 8, sm: 12, md: 16, lg: 24, xl: 32, kioskMargin: 48, kioskBand: 64 } as const;

/** The visitor kiosk at arm's length (kiosk-ui.md §1.2–1.3, §3). */
export const kiosk = {
  /** Font sizes in px: body 28 / 1.4, never below 24 on a visitor screen, key numbers ≥ 160. */
  type: {
    small: 24,
    body: 28,
    lead: 32,
    button: 32,
    primary: 36,
    h3: 32,
    h2: 40,
    h1: 60,
    display: 72,
    number: 200,
  },
  lineHeight: 1.4,
  /** Touch targets in px: primary ≥ 112, any other control ≥ 88, on-screen keys ≥ 80, boxes 48. */
  target: { primary: 112, control: 96, band: 88, minimum: 64, key: 80, checkbox: 48, gap: 12 },
  /** A text field: 80 px tall, 28 px type. */
  inputHeight: 80,
  /** Tiles on the home screen: at least this tall, icon + verb + one hint line. */
  tileHeight: 240,
  radius: 16,
  /** Control boundaries on the kiosk are 2 px (kiosk-ui.md §1.4). */
  borderWidth: 2,
} as const;

/** The officer's desk: dense but calm; base 16, nothing under 14, chips at least 24 tall. */
export const desk = {
  type: { xs: 14, sm: 14, md: 16, lg: 18, xl: 20 },
  headings: { h1: 26, h2: 22, h3: 19, h4: 17, h5: 16, h6: 14 },
  chipHeight: 24,
  radius: 8,
} as const;

/** Room map colours (places/FloorPlanMap.tsx): the lit desk is the brand, everything else neutral. */
export const map = {
  floor: '#ffffff',
  grid: '#dee2e6',
  desk: '#f1f3f5',
  deskBorder: '#868e96',
  /** Occupied on the home screen's map (with ● as well). */
  taken: '#dee2e6',
  /** Free on the home screen's map (with ○ as well): teal.9. */
  free: '#087f5b',
  deskText: '#343a40',
  lit: civic[8],
  litText: '#ffffff',
  landmark: '#e9ecef',
  landmarkText: '#343a40',
  entrance: '#087f5b',
  path: civic[6],
  selected: '#e67700',
  invalid: '#c92a2a',
} as const;
