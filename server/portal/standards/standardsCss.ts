// The few styles the service standard's page adds to the portal's (server/web/styles.ts), from the
// same tokens: numbered steps with room between them, a quiet "corrected" mark, the extra sections
// folded under one summary that reads as a link, not as the portal's red "cancel" one.
import { civic, colours, desk, spacing } from '../../../shared/theme/tokens';

export const standardsCss = `
.standard ol, .standard ul { padding-inline-start: 1.4em; margin: 0 0 ${spacing.sm}px; }
.standard li { margin: 0 0 ${spacing.xs}px; overflow-wrap: anywhere; }
.standard h2 { display: flex; flex-wrap: wrap; align-items: center; gap: ${spacing.xs}px; }
.standard h3 { font-size: 17px; margin: ${spacing.md}px 0 ${spacing.xs}px; }
.standard .number { color: ${civic[8]}; font-weight: 700; margin: 0 0 4px; }
.standard .free { display: inline-block; border-radius: 999px; padding: 2px 12px; font-weight: 700;
  background: ${colours.free}; color: #fff; }
.standard .corrected { display: inline-block; border-radius: 999px; padding: 2px 10px; font-size: 14px; font-weight: 600;
  background: #fff4e6; color: #a13f00; }
.standard details summary { color: ${civic[8]}; }
.standard details { border-top: 1px solid #dee2e6; padding-top: ${spacing.sm}px; }
.standard .source { color: ${colours.dimmed}; font-size: 15px; margin-top: ${spacing.lg}px; }
.standard ul.standard-list { list-style: none; padding: 0; margin: 0; display: grid; gap: ${spacing.xs}px; }
.standard-list a { display: flex; gap: ${spacing.sm}px; align-items: center; min-height: 56px; padding: 10px 14px;
  background: #fff; border: 2px solid ${colours.controlBorder}; border-radius: ${desk.radius}px; text-decoration: none;
  color: ${colours.text}; font-weight: 600; }
.standard-list .n { flex: none; display: inline-flex; align-items: center; justify-content: center; width: 36px; height: 36px;
  border-radius: 50%; background: ${civic[8]}; color: #fff; font-weight: 700; }
`;
