// The core's log: levels, structured fields, and personal data redacted before a line is written
// (UU 27/2022: a log file is not a place for visitors' names, e-mails, phones or their QR codes).
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/** Field names that hold personal data or secrets, wherever they sit (up to three levels deep). */
const SENSITIVE = [
  'fullName',
  'full_name',
  'name',
  'email',
  'phone',
  'phone_e164',
  'token',
  'checkoutToken',
  'checkoutTicket',
  'pin',
  'session',
  'secret',
  'text',
];
const redactPaths = SENSITIVE.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export interface LoggerOptions {
  readonly level?: pino.LevelWithSilent;
  /** Where lines go: standard error by default, a file on a kiosk, a memory stream in tests. */
  readonly destination?: DestinationStream;
}

/** A level named in configuration (LOKET_LOG_LEVEL), or 'info' for anything else. */
export function logLevel(name: string | undefined): pino.LevelWithSilent {
  const levels: readonly string[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  return name && levels.includes(name) ? (name as pino.LevelWithSilent) : 'info';
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: 'loket' },
      redact: { paths: redactPaths, censor: '[redacted]' },
    },
    options.destination ?? pino.destination(2),
  );
}

/** A logger that writes nothing, for tools and tests that assert on results instead. */
export const silentLogger: Logger = pino({ level: 'silent' });
