// Element Timing (https://wicg.github.io/element-timing/): marks the elements whose first paint a
// bench times (bench/scanPainted.ts times the scan answer, from the Enter key to its paint).
import 'react';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- T must match React's declaration to merge with it
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
