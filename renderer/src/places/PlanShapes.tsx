// How a desk and a landmark are drawn on the room map, in grid cells (the SVG's user units), for the
// visitor's map and the officer's editor alike. Colours are the theme's map tokens.
import type { SVGProps } from 'react';
import type { DeskState, FloorPlan } from '../../../shared/contract';
import { map } from '../../../shared/theme/tokens';

type Desk = FloorPlan['desks'][number];
type Landmark = FloorPlan['landmarks'][number];

/** Text that fits its box: at most `max` cells tall, and narrow enough for its characters. */
const fitText = (text: string, w: number, h: number, max: number) =>
  Math.max(0.22, Math.min(max, h * 0.55, (w * 0.9) / Math.max(1, text.length * 0.56)));

/** A name on one line, or on two when that lets it be larger (a 2×2 "Pintu masuk"). */
function fitLines(name: string, w: number, h: number, max: number): { lines: string[]; size: number } {
  const one = { lines: [name], size: fitText(name, w, h, max) };
  const words = name.split(/\s+/);
  if (words.length < 2 || h < 1.5) return one;
  let best = one;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
    const size = fitText(longest, w, h / 2, max);
    if (size > best.size) best = { lines, size };
  }
  return best;
}

/** White behind map text, so a label reads over grid lines and paths. */
const HALO = { paintOrder: 'stroke', stroke: '#fff', strokeWidth: 0.08, strokeLinejoin: 'round' } as const;

/** Today's state on the home screen's map: a symbol as well as a colour (WCAG 1.4.1). */
export const DESK_SYMBOL: Record<DeskState, string> = { free: '○', occupied: '●', reserved: '◐' };
const TONE: Record<DeskState, { fill: string; stroke: string; text: string }> = {
  free: { fill: '#ffffff', stroke: map.free, text: map.free },
  occupied: { fill: map.taken, stroke: map.deskBorder, text: map.deskText },
  reserved: { fill: map.desk, stroke: map.deskBorder, text: map.deskText },
};

export function DeskShape({
  desk,
  lit = false,
  state,
  today,
  ...rest
}: {
  desk: Desk;
  lit?: boolean;
  state?: 'selected' | 'invalid';
  /** Free, occupied or reserved (the home screen's map); drawn plain without it. */
  today?: DeskState;
} & SVGProps<SVGGElement>) {
  const label = today ? `${DESK_SYMBOL[today]}${desk.number}` : String(desk.number);
  const tone = today ? TONE[today] : null;
  const stroke =
    state === 'invalid'
      ? map.invalid
      : state === 'selected'
        ? map.selected
        : (tone?.stroke ?? map.deskBorder);
  return (
    <g {...rest}>
      {lit && (
        <rect
          x={desk.x - 0.12}
          y={desk.y - 0.12}
          width={desk.w + 0.24}
          height={desk.h + 0.24}
          rx={0.28}
          fill="none"
          stroke={map.path}
          strokeWidth={0.1}
        />
      )}
      <rect
        x={desk.x + 0.06}
        y={desk.y + 0.06}
        width={desk.w - 0.12}
        height={desk.h - 0.12}
        rx={0.16}
        fill={lit ? map.lit : (tone?.fill ?? map.desk)}
        stroke={lit ? map.lit : stroke}
        strokeWidth={state ? 0.14 : today === 'free' ? 0.09 : 0.05}
      />
      <text
        x={desk.x + desk.w / 2}
        y={desk.y + desk.h / 2}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={fitText(label, desk.w, desk.h, lit ? 0.78 : 0.56)}
        fontWeight={lit ? 800 : 700}
        fill={lit ? map.litText : (tone?.text ?? map.deskText)}
      >
        {label}
      </text>
    </g>
  );
}

export function LandmarkShape({
  landmark,
  name,
  lit = false,
  state,
  ...rest
}: {
  landmark: Landmark;
  /** What it says: the officer's label, or the kind's name. */
  name: string;
  lit?: boolean;
  state?: 'selected' | 'invalid';
} & SVGProps<SVGGElement>) {
  const { x, y, w, h, kind } = landmark;
  const text = fitLines(name, w, h, 0.5);
  const entrance = kind === 'entrance';
  const fill = lit ? map.lit : entrance ? '#e6f4ef' : kind === 'label' ? 'transparent' : map.landmark;
  const stroke =
    state === 'invalid'
      ? map.invalid
      : state === 'selected'
        ? map.selected
        : lit
          ? map.lit
          : entrance
            ? map.entrance
            : kind === 'label'
              ? 'none'
              : map.deskBorder;
  return (
    <g {...rest}>
      <rect
        x={x + 0.04}
        y={y + 0.04}
        width={w - 0.08}
        height={h - 0.08}
        rx={0.12}
        fill={fill}
        stroke={stroke}
        strokeWidth={state ? 0.14 : 0.05}
        strokeDasharray={kind === 'window' ? '0.25 0.15' : undefined}
      />
      <text
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={text.size}
        fontWeight={600}
        fill={lit ? map.litText : entrance ? map.entrance : map.landmarkText}
        style={lit || kind === 'label' ? undefined : HALO}
      >
        {text.lines.map((line, i) => (
          // One text, one line per tspan: it still reads "Pintu masuk", with its space.
          <tspan key={i} x={x + w / 2} y={y + h / 2 + (i - (text.lines.length - 1) / 2) * text.size * 1.15}>
            {i < text.lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
