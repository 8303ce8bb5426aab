// The stylesheet of the server's pages (portal and central admin), made from the kiosk's own
// tokens (shared/theme/tokens.ts) so the visitor sees one service on their phone and at the desk.
// Mobile first: one column, touch targets ≥ 48 px, text ≥ 16 px (no zoom on focus in mobile
// browsers); wider screens get a centred column and, for admin tables, the full width.
import { civic, colours, desk, spacing } from '../../shared/theme/tokens';

export const pageCss = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: ${colours.page}; color: ${colours.text};
  font: 17px/1.5 "Noto Sans", "Segoe UI", Roboto, system-ui, sans-serif; }
a { color: ${civic[8]}; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible {
  outline: 3px solid ${civic[5]}; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: ${spacing.sm}px; top: ${spacing.sm}px; background: #fff; padding: ${spacing.xs}px; z-index: 2; }
header.brand { background: ${civic[8]}; color: #fff; }
header.brand .inner { display: flex; align-items: center; gap: ${spacing.sm}px; }
header.brand img { width: 44px; height: 44px; object-fit: contain; background: #fff; border-radius: 8px; }
header.brand .names { flex: 1; min-width: 0; }
header.brand .office { font-size: 14px; opacity: .92; margin: 0; }
header.brand .site { font-size: 19px; font-weight: 700; margin: 0; line-height: 1.3; }
header.brand a.lang { color: #fff; font-weight: 600; border: 2px solid #fff; border-radius: 999px;
  padding: 6px 14px; text-decoration: none; min-height: 44px; display: inline-flex; align-items: center; }
.inner { max-width: 640px; margin: 0 auto; padding: ${spacing.md}px; }
.wide .inner { max-width: 1400px; }
main .card { background: ${colours.surface}; border-radius: ${desk.radius * 2}px; padding: ${spacing.lg}px ${spacing.md}px;
  box-shadow: 0 1px 3px rgba(0,0,0,.08); margin: 0 0 ${spacing.md}px; }
h1 { font-size: 26px; line-height: 1.25; margin: 0 0 ${spacing.sm}px; }
h2 { font-size: 20px; margin: ${spacing.lg}px 0 ${spacing.sm}px; }
p { margin: 0 0 ${spacing.sm}px; }
.hint { color: ${colours.dimmed}; font-size: 15px; }
label { display: block; font-weight: 600; margin: ${spacing.md}px 0 4px; }
input[type=text], input[type=email], input[type=tel], input[type=password], input[type=number], select {
  width: 100%; min-height: 52px; font-size: 18px; padding: 10px 12px; color: ${colours.text}; background: #fff;
  border: 2px solid ${colours.controlBorder}; border-radius: ${desk.radius}px; }
input[aria-invalid=true] { border-color: ${colours.error}; }
.error { color: ${colours.error}; font-weight: 600; margin: 4px 0 0; }
.alert { border-left: 6px solid ${colours.error}; background: #fff5f5; padding: ${spacing.sm}px ${spacing.md}px;
  border-radius: ${desk.radius}px; margin: 0 0 ${spacing.md}px; }
.notice { border-left: 6px solid ${colours.free}; background: #ebfbee; padding: ${spacing.sm}px ${spacing.md}px;
  border-radius: ${desk.radius}px; margin: 0 0 ${spacing.md}px; }
fieldset { border: 0; padding: 0; margin: ${spacing.md}px 0 0; }
legend { font-weight: 600; margin-bottom: 4px; }
.days { display: grid; grid-template-columns: 1fr; gap: ${spacing.xs}px; }
@media (min-width: 520px) { .days { grid-template-columns: 1fr 1fr; } }
.day { display: flex; gap: ${spacing.sm}px; align-items: center; min-height: 56px; padding: 8px 12px;
  border: 2px solid ${colours.controlBorder}; border-radius: ${desk.radius}px; background: #fff; font-weight: 400; margin: 0; }
.day input { width: 24px; height: 24px; accent-color: ${civic[8]}; flex: none; }
.day:has(input:checked) { border-color: ${civic[8]}; background: ${civic[0]}; }
.day .left { display: block; color: ${colours.dimmed}; font-size: 15px; }
.day.full { opacity: .7; }
.consent { display: flex; gap: ${spacing.sm}px; align-items: flex-start; font-weight: 400; }
.consent input { width: 28px; height: 28px; flex: none; margin-top: 2px; accent-color: ${civic[8]}; }
button, .button { display: inline-flex; justify-content: center; align-items: center; gap: 8px; min-height: 56px;
  padding: 12px 24px; font: inherit; font-size: 18px; font-weight: 700; border-radius: ${desk.radius}px; cursor: pointer;
  border: 2px solid ${civic[8]}; background: ${civic[8]}; color: #fff; text-decoration: none; }
button.secondary, .button.secondary { background: #fff; color: ${civic[8]}; }
button.danger { background: #fff; color: ${colours.error}; border-color: ${colours.error}; }
button.small, .button.small { min-height: 40px; padding: 6px 14px; font-size: 15px; }
.actions { display: flex; flex-wrap: wrap; gap: ${spacing.sm}px; margin-top: ${spacing.lg}px; }
.actions.stack > * { flex: 1 1 100%; }
.qr { display: block; width: min(100%, 320px); height: auto; margin: ${spacing.md}px auto; image-rendering: pixelated; }
.code { font: 600 18px/1.4 ui-monospace, "Noto Sans Mono", monospace; letter-spacing: .06em; text-align: center;
  word-break: break-all; }
dl.facts { display: grid; grid-template-columns: auto 1fr; gap: 4px ${spacing.md}px; margin: ${spacing.md}px 0; }
dl.facts dt { color: ${colours.dimmed}; }
dl.facts dd { margin: 0; font-weight: 600; }
.status { display: inline-block; border-radius: 999px; padding: 2px 12px; font-weight: 700; font-size: 15px;
  background: ${civic[1]}; color: ${civic[9]}; }
.status.cancelled, .status.rejected, .status.revoked { background: #ffe3e3; color: ${colours.error}; }
.status.ok, .status.applied, .status.checked_in, .status.completed { background: #d3f9d8; color: #1e6b30; }
.keep { margin-top: ${spacing.md}px; }
details { margin-top: ${spacing.md}px; }
details summary { cursor: pointer; color: ${colours.error}; font-weight: 700; min-height: 44px; display: flex; align-items: center; }
footer.page { color: ${colours.dimmed}; font-size: 14px; }
table { width: 100%; border-collapse: collapse; background: #fff; font-size: 15px; }
th, td { text-align: left; padding: 8px 10px; border-bottom: 1px solid #dee2e6; vertical-align: top; }
th { background: ${civic[0]}; font-weight: 700; }
nav.admin { display: flex; flex-wrap: wrap; gap: 4px ${spacing.md}px; }
nav.admin a { color: #fff; font-weight: 600; }
nav.admin a[aria-current=page] { text-decoration: underline; text-underline-offset: 4px; }
@media print { header.brand, .actions, details, footer.page { display: none; } body { background: #fff; } }
/* Central admin pages: dense tables and chips for an officer at a desk. */
.card.admin { padding: ${spacing.md}px; }
nav.admin { align-items: center; }
nav.admin .who { margin-left: auto; opacity: .92; }
nav.admin form.inline { margin: 0; }
nav.admin button.small { min-height: 36px; padding: 4px 12px; }
.scroll { overflow-x: auto; }
.card.admin table { font-size: 14px; }
.card.admin th, .card.admin td { padding: 6px 8px; }
td.warn { background: #fff4e6; }
.chip { display: inline-block; border-radius: 999px; padding: 1px 10px; margin: 0 4px 4px 0; font-size: 13px;
  font-weight: 600; background: ${civic[0]}; color: ${civic[9]}; }
.chip.warn { display: block; border-radius: ${desk.radius}px; background: #fff4e6; color: #8a4b00; font-weight: 600; }
form.toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: ${spacing.sm}px; }
form.toolbar label { margin: 0; }
form.toolbar input[type=text] { width: auto; min-height: 40px; font-size: 16px; padding: 4px 8px; border: 2px solid ${colours.controlBorder};
  border-radius: ${desk.radius}px; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: ${spacing.md}px; }
.tile { border: 1px solid #dee2e6; border-radius: ${desk.radius}px; padding: ${spacing.sm}px ${spacing.md}px; background: #fff; }
.tile.warn { border-color: #f59f00; background: #fff9db; }
.tile .label { color: ${colours.dimmed}; margin: 0; }
.tile .number { font-size: 36px; font-weight: 700; margin: 0; }
.enrolment-code { font: 700 44px/1.2 ui-monospace, "Noto Sans Mono", monospace; letter-spacing: .12em; text-align: center;
  padding: ${spacing.md}px; border: 2px dashed ${civic[8]}; border-radius: ${desk.radius}px; }
`;
