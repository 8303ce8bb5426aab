// Loket's one theme (issue 9): the palette and both size scales of tokens.ts as Mantine's theme, so
// every screen (and every screen still to come) takes its look from here. How to use it: README.md.
import {
  Badge,
  Button,
  createTheme,
  rem,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import { civic, colours, desk, kiosk, spacing } from '../../../shared/theme/tokens';

const px = (n: number) => rem(n);

/** Buttons on the kiosk: the size names screens use, with their heights, padding and type. */
const KIOSK_BUTTONS = {
  kioskPrimary: { height: kiosk.target.primary, padding: 40, fz: kiosk.type.primary },
  kiosk: { height: kiosk.target.control, padding: 32, fz: kiosk.type.button },
  kioskBand: { height: kiosk.target.band, padding: 28, fz: kiosk.type.small },
} as const;
type KioskButtonSize = keyof typeof KIOSK_BUTTONS;
const isKioskButton = (size: unknown): size is KioskButtonSize =>
  typeof size === 'string' && Object.hasOwn(KIOSK_BUTTONS, size);

/**
 * Font sizes by name. xs…xl are the desk's (16 base, nothing under 14); the kiosk's names double as
 * component sizes: <Text size="kiosk">, <TextInput size="kiosk">, <Checkbox size="kiosk">, fz="kioskH1".
 */
const fontSizes = {
  xs: px(desk.type.xs),
  sm: px(desk.type.sm),
  md: px(desk.type.md),
  lg: px(desk.type.lg),
  xl: px(desk.type.xl),
  kioskSmall: px(kiosk.type.small),
  kiosk: px(kiosk.type.body),
  kioskLead: px(kiosk.type.lead),
  kioskH3: px(kiosk.type.h3),
  kioskH2: px(kiosk.type.h2),
  kioskH1: px(kiosk.type.h1),
  kioskDisplay: px(kiosk.type.display),
  kioskNumber: px(kiosk.type.number),
};

export const theme = createTheme({
  colors: { civic: [...civic] as unknown as MantineColorsTuple },
  primaryColor: 'civic',
  primaryShade: 8,
  black: colours.text,
  fontFamily: '"Noto Sans", system-ui, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'md',
  radius: { xs: px(4), sm: px(6), md: px(desk.radius), lg: px(kiosk.radius), xl: px(24) },
  fontSizes,
  lineHeights: {
    xs: '1.45',
    sm: '1.45',
    md: '1.5',
    lg: '1.45',
    xl: '1.4',
    kioskSmall: String(kiosk.lineHeight),
    kiosk: String(kiosk.lineHeight),
    kioskLead: '1.35',
    kioskH3: '1.3',
    kioskH2: '1.25',
    kioskH1: '1.15',
    kioskDisplay: '1.1',
    kioskNumber: '1',
  },
  spacing: Object.fromEntries(Object.entries(spacing).map(([k, v]) => [k, px(v)])),
  headings: {
    fontWeight: '700',
    sizes: {
      h1: { fontSize: px(desk.headings.h1), lineHeight: '1.3' },
      h2: { fontSize: px(desk.headings.h2), lineHeight: '1.3' },
      h3: { fontSize: px(desk.headings.h3), lineHeight: '1.35' },
      h4: { fontSize: px(desk.headings.h4), lineHeight: '1.4' },
      h5: { fontSize: px(desk.headings.h5), lineHeight: '1.4' },
      h6: { fontSize: px(desk.headings.h6), lineHeight: '1.4' },
    },
  },
  focusRing: 'auto',
  components: {
    Button: Button.extend({
      vars: (_theme, props) =>
        isKioskButton(props.size)
          ? { root: { '--button-fz': px(KIOSK_BUTTONS[props.size].fz) } }
          : { root: {} },
    }),
    // Chips read as words, not shouted labels: sentence case, ≥ 14 px, ≥ 24 px tall (styles.css sizes).
    Badge: Badge.extend({ styles: { root: { textTransform: 'none', fontWeight: 600 } } }),
  },
});

/**
 * CSS variables from the tokens: the kiosk's component sizes (Mantine reads `--button-height-<size>`
 * and the like for a custom size name), the colours Mantine's defaults get wrong for contrast, and
 * the `--loket-*` values styles.css lays screens out with.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {
    ...Object.fromEntries(
      Object.entries(KIOSK_BUTTONS).flatMap(([name, b]) => [
        [`--button-height-${name}`, px(b.height)],
        [`--button-padding-x-${name}`, px(b.padding)],
      ]),
    ),
    '--input-height-kiosk': px(kiosk.inputHeight),
    '--checkbox-size-kiosk': px(kiosk.target.checkbox),
    '--loket-kiosk-margin': px(spacing.kioskMargin),
    '--loket-kiosk-gap': px(kiosk.target.gap),
    '--loket-kiosk-tile': px(kiosk.tileHeight),
    '--loket-kiosk-key': px(kiosk.target.key),
    '--loket-kiosk-border-width': px(kiosk.borderWidth),
    // Descriptions and error messages under a desk field: 14 px, not Mantine's 12.
    '--input-description-size': px(desk.type.xs),
    '--input-error-size': px(desk.type.xs),
    '--loket-chip-height': px(desk.chipHeight),
    '--loket-chip-fz': px(desk.type.sm),
  },
  light: {
    '--mantine-color-text': colours.text,
    '--mantine-color-dimmed': colours.dimmed,
    '--mantine-color-error': colours.error,
    '--mantine-color-placeholder': colours.placeholder,
    '--loket-control-border': colours.controlBorder,
    '--loket-page': colours.page,
    '--loket-surface': colours.surface,
  },
  dark: {},
});
