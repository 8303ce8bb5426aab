// Element Timing (https://wicg.github.io/element-timing/): marks the elements whose first paint a
// bench times (bench/scanPainted.ts: the scan answer from the Enter key, and the home's scan card
// from the host's start).
import 'react';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- T must match React's declaration to merge with it
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
