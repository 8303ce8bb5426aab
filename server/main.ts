// The central server as a program: `npm run start:server`. Opens the database (PGlite in a data
// folder unless DATABASE_URL is set), brings it to the newest schema, makes the first site on a first
// start, serves the API and prints its address, and an enrolment code while no kiosk has joined yet.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createLogger, logLevel } from '../electron/services/core/logger';
import { serverConfig } from './config';
import { openCentralDatabase } from './db/open';
import { migrateCentral } from './db/migrate';
import { createEnrolmentCode, createSite } from './devices/enrolment';
import { createServerApp } from './http/app';
import { messageMailerOf, smtpMessageMailer, startComplaintMailJob } from './portal/complaints/complaintMail';
import { smtpMailer } from './portal/mail';
import { startRetentionJob } from './privacy/retentionJob';
import { ChangeWaiters } from './sync/changeWaiters';

async function main(): Promise<void> {
  const config = serverConfig();
  const log = createLogger({ level: logLevel(process.env.LOKET_LOG_LEVEL) });
  if (!config.databaseUrl && !existsSync(join(config.dataDir, 'pglite')))
    process.stdout.write(
      `Preparing the embedded database in ${config.dataDir} (the first start takes about 10 s)…\n`,
    );
  const central = await openCentralDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateCentral(central.db as never);
  const { db } = central;

  const sites = await db.selectFrom('sites').select('id').execute();
  if (sites.length === 0) await createSite(db, config.firstSite, config.clock.now());

  // While no kiosk has joined, a one-time code to join with, printed with the address.
  const enrolled = await db.selectFrom('devices').select('id').limit(1).execute();
  const site = sites[0]?.id ?? config.firstSite.id;
  const enrolment =
    enrolled.length === 0 ? await createEnrolmentCode(db, site, 'server-start', config.clock.now()) : null;

  // One mail server for the reservations' e-mails and any other message (complaints' answers).
  const mailOptions = config.smtpUrl
    ? {
        url: config.smtpUrl,
        from: config.mailFrom,
        onError: (err: unknown) => log.warn({ err }, 'an e-mail could not be sent'),
      }
    : null;
  const mailer = mailOptions ? { ...smtpMailer(mailOptions), ...smtpMessageMailer(mailOptions) } : null;
  const app = createServerApp({
    db,
    clock: config.clock,
    log,
    portal: { mailer, publicUrl: config.publicUrl, trustProxy: config.trustProxy },
  });
  // Kiosks waiting on a site see the job's erasures through the change log (the waiters also poll it
  // once a second, as they do for other server processes).
  const retention = startRetentionJob({ db, waiters: new ChangeWaiters(db), clock: config.clock, log });
  // Complaints filed at a kiosk reach the server by sync, with nobody waiting on a page: their
  // e-mails ("received", "answered") go from a queue.
  const complaintMail = startComplaintMailJob({
    db,
    clock: config.clock,
    mailer: messageMailerOf(mailer),
    publicUrl: config.publicUrl,
    log,
  });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    process.stdout.write(
      `Loket central server on http://${config.host}:${info.port} (database: ${central.kind})\n` +
        `Visitors reserve at http://${config.host}:${info.port}/\n` +
        (enrolment
          ? `No kiosk has joined yet. Enrolment code for site "${site}" (valid 24 hours): ${enrolment.code}\n`
          : ''),
    );
  });

  // Close the database before leaving (PGlite flushes its folder and frees its pid file); a second
  // signal while closing is ignored rather than cutting that short.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    retention.stop();
    complaintMail.stop();
    server.close();
    void central.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Loket central server could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
