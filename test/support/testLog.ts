// A logger for tests that keeps every line and, unless told otherwise, fails the test at the first
// error-level line: an internal error the core caught and logged is still a failure, not silence.
import { pino } from 'pino';
import type { Logger } from '../../electron/services/core/logger';

export interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [field: string]: unknown;
}

export interface TestLog {
  readonly log: Logger;
  readonly lines: LogLine[];
  /** Lines at error level or above. */
  errors(): LogLine[];
  messages(): string[];
}

export class LoggedError extends Error {
  constructor(line: LogLine) {
    super(`the core logged an error: ${line.msg} ${JSON.stringify(line.err ?? '')}`);
    this.name = 'LoggedError';
  }
}

const ERROR = 50;

export function createTestLog(options: { allowErrors?: boolean } = {}): TestLog {
  const lines: LogLine[] = [];
  const log = pino(
    { level: 'debug', redact: { paths: ['fullName', '*.fullName', 'email', '*.email', 'phone', '*.phone'] } },
    {
      write(chunk: string) {
        const line = JSON.parse(chunk) as LogLine;
        lines.push(line);
        if (line.level >= ERROR && !options.allowErrors) throw new LoggedError(line);
      },
    },
  );
  return {
    log,
    lines,
    errors: () => lines.filter((l) => l.level >= ERROR),
    messages: () => lines.map((l) => l.msg),
  };
}
