import { useEffect, useState } from 'react';

/**
 * False until the frame showing this component's first render has been drawn, then true: what
 * renders on it comes a frame later and does not hold that frame up. The first animation frame
 * callback runs as that frame is made; the second, once the compositor is ready for the next one,
 * so the first has been handed over and its rasterising does not share the processor with our work.
 * (React's deferred values render in the very next task, usually before the frame is drawn, so they
 * end up painted together with what they were meant to follow.)
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setPainted(true));
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return painted;
}
