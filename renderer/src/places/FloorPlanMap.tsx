import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskState, FloorPlan, LandmarkKind } from '../../../shared/contract';
import { map } from '../../../shared/theme/tokens';
import { routeTo } from './floorPlanGeometry';
import { DeskShape, LandmarkShape } from './PlanShapes';

const MARGIN = 0.6;
/** About how wide one character of "Anda di sini" is, in cells. */
const HERE_WIDTH = 0.3;

/**
 * The room as the officer drew it (floorPlan.get), read-only: desks by number, the landmarks, the
 * entrance marked "Anda di sini", and the lit desk or landmark filled in the brand colour, with a
 * dotted walk from the door. Plain SVG in grid cells, scaled to its box; memoised on its (plain)
 * props, so a countdown beside it never redraws it. Other desks say nothing of who sits where.
 */
export const FloorPlanMap = memo(function FloorPlanMap({
  plan,
  litDesk = null,
  litLandmark = null,
  label,
  size,
  today,
  testId = 'room-map',
}: {
  plan: FloorPlan;
  /** The visitor's desk, lit, with the walk to it from the entrance. */
  litDesk?: number | null;
  /** A landmark to light instead (the help's service desk). */
  litLandmark?: LandmarkKind | null;
  /** Today's desk states (desks.today), for the home screen: which are free, never who is where. */
  today?: ReadonlyMap<number, DeskState>;
  /** What the map shows, in words (its accessible name). */
  label: string;
  /** Where it is shown: its height limits are in styles.css (.kiosk-map[data-size]). */
  size: 'home' | 'result' | 'help';
  testId?: string;
}) {
  const { t } = useTranslation();
  const route = useMemo(() => (litDesk === null ? null : routeTo(plan, litDesk)), [plan, litDesk]);
  const entrance = plan.landmarks.find((l) => l.kind === 'entrance');
  const here = t('map.youAreHere');
  return (
    <svg
      className="kiosk-map"
      // Room for "Anda di sini" under a door on the bottom wall.
      viewBox={`${-MARGIN} ${-MARGIN} ${plan.columns + 2 * MARGIN} ${plan.rows + 2 * MARGIN + 0.5}`}
      data-size={size}
      role="img"
      aria-label={label}
      data-testid={testId}
    >
      <rect
        x={-0.15}
        y={-0.15}
        width={plan.columns + 0.3}
        height={plan.rows + 0.3}
        rx={0.3}
        fill={map.floor}
        stroke={map.deskBorder}
        strokeWidth={0.08}
      />
      {plan.landmarks.map((l, i) => (
        <LandmarkShape
          key={`l${i}`}
          landmark={l}
          name={l.label ?? t(`map.landmark.${l.kind}`)}
          lit={l.kind === litLandmark}
          data-testid={`map-landmark-${l.kind}`}
          data-lit={l.kind === litLandmark || undefined}
        />
      ))}
      {route && (
        <polyline
          points={route.map(([x, y]) => `${x},${y}`).join(' ')}
          fill="none"
          stroke={map.path}
          strokeWidth={0.14}
          strokeDasharray="0.05 0.28"
          strokeLinecap="round"
          strokeLinejoin="round"
          data-testid="map-route"
        />
      )}
      {plan.desks.map((d) => (
        <DeskShape
          key={d.number}
          desk={d}
          lit={d.number === litDesk}
          today={today?.get(d.number)}
          data-testid={`map-desk-${d.number}`}
          data-state={today?.get(d.number)}
          data-lit={d.number === litDesk || undefined}
        />
      ))}
      {entrance && (
        // Under the door (the kiosk stands by it): a dot and "Anda di sini", kept inside the map's width.
        <g
          data-testid="map-you-are-here"
          transform={`translate(${Math.max(0, Math.min(entrance.x, plan.columns - HERE_WIDTH * here.length))} ${entrance.y + entrance.h + 0.5})`}
        >
          <circle cx={0.3} cy={0} r={0.24} fill={map.entrance} />
          <text x={0.7} y={0} dominantBaseline="central" fontSize={0.5} fontWeight={800} fill={map.entrance}>
            {here}
          </text>
        </g>
      )}
    </svg>
  );
});
