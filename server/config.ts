// The central server's settings, all from the environment so one build serves a newcomer's laptop,
// CI and production alike.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { systemClock, type Clock } from '../shared/clock';

export interface ServerConfig {
  /** postgres://… — absent: an embedded PGlite in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly host: string;
  readonly port: number;
  /** The first site, made on the first start when the database has none. */
  readonly firstSite: { readonly id: string; readonly name: string };
  readonly clock: Clock;
  /** The address visitors reach the portal at (links in e-mails); unset: the address asked. */
  readonly publicUrl: string | null;
  /** smtp(s)://user:pass@host:port for the portal's e-mails; unset: no e-mail, the page only. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** Behind a load balancer: take the client's address from X-Forwarded-For (for rate limits). */
  readonly trustProxy: boolean;
}

/** A clock fixed at LOKET_FAKE_NOW for tests that start the server as a child process. */
function clockFrom(env: NodeJS.ProcessEnv): Clock {
  const fake = env.LOKET_FAKE_NOW ? Date.parse(env.LOKET_FAKE_NOW) : Number.NaN;
  if (Number.isNaN(fake)) return systemClock;
  const offset = fake - Date.now();
  return { now: () => Date.now() + offset };
}

export function serverConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.LOKET_SERVER_DATA_DIR ?? join(homedir(), '.loket-server'),
    host: env.LOKET_SERVER_HOST ?? '127.0.0.1',
    port: Number(env.LOKET_SERVER_PORT ?? 5180),
    firstSite: {
      id: env.LOKET_FIRST_SITE_ID ?? 'pontianak',
      name: env.LOKET_FIRST_SITE_NAME ?? 'Diskominfo Kota Pontianak',
    },
    clock: clockFrom(env),
    publicUrl: env.LOKET_PUBLIC_URL || null,
    smtpUrl: env.LOKET_SMTP_URL || null,
    mailFrom: env.LOKET_MAIL_FROM ?? 'Loket <loket@localhost>',
    trustProxy: env.LOKET_TRUST_PROXY === '1',
  };
}
