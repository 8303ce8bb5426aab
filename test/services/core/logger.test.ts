// The kiosk's log file is not a place for visitors' personal data (UU 27/2022).
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/services/core/logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({
    level: 'debug',
    destination: { write: (s: string) => void lines.push(JSON.parse(s)) },
  });
  return { log, lines };
}

describe('the core logger', () => {
  it('redacts names, e-mails, phones, QR tokens, PINs and sessions wherever they sit', () => {
    const { log, lines } = capture();
    log.error(
      {
        fullName: 'Budi Santoso',
        visitor: { email: 'budi@example.id', phone: '+6281234567890' },
        scan: { text: 'LK1ABCDEFGHJKMNPQRSTVWXYZ0123', source: 'serial' },
        input: { pin: '1234', session: 'secret-session' },
      },
      'call failed',
    );
    const text = JSON.stringify(lines);
    for (const secret of ['Budi', 'budi@example.id', '6281234567890', 'LK1ABC', '1234', 'secret-session'])
      expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({
      msg: 'call failed',
      level: 50,
      scan: { source: 'serial', text: '[redacted]' },
    });
  });

  it('writes levels below its threshold nowhere', () => {
    const lines: unknown[] = [];
    const log = createLogger({ level: 'warn', destination: { write: (s: string) => void lines.push(s) } });
    log.info('routine');
    log.warn('printer out of paper');
    expect(lines).toHaveLength(1);
  });
});
