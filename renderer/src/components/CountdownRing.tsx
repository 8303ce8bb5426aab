import type { ReactNode } from 'react';

/**
 * A ring that empties as a countdown runs: one SVG, a track and the part still left. Mantine's RingProgress wraps every
 * section in a floating tooltip whose effect walks the page's scroll parents when it mounts, work
 * a scan answer's first frame (where this ring appears) should not pay for.
 */
export function CountdownRing({
  size,
  thickness,
  fraction,
  children,
}: {
  size: number;
  thickness: number;
  /** 1 = full, 0 = empty. */
  fraction: number;
  children?: ReactNode;
}) {
  const r = (size - thickness) / 2;
  const length = 2 * Math.PI * r;
  const shown = Math.min(1, Math.max(0, fraction));
  // The track and the part still left: the same circle, drawn twice.
  const ring = { cx: size / 2, cy: size / 2, r, fill: 'none', strokeWidth: thickness };
  return (
    <div
      className="countdown-ring"
      style={{ width: size, height: size }}
      aria-hidden={children ? undefined : true}
    >
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
        <circle {...ring} stroke="var(--mantine-color-gray-2)" />
        <circle
          {...ring}
          stroke="var(--mantine-color-civic-6)"
          strokeLinecap="round"
          strokeDasharray={`${shown * length} ${length}`}
          transform={`rotate(-90 ${size / 2} ${size / 2})`}
        />
      </svg>
      {children && <div className="countdown-ring-label">{children}</div>}
    </div>
  );
}
