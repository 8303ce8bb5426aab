// The processes and proxies of the multi-process fault harness, started once and reused by every
// schedule (each schedule is a fresh site with fresh kiosk files): PostgreSQL behind a fault proxy,
// the central server process behind one fault proxy per kiosk, and the kiosk processes.
//
//   kiosk process ─▶ proxy k ─┐
//   kiosk process ─▶ proxy k ─┼─▶ server process ─▶ database proxy ─▶ PostgreSQL
//   kiosk process ─▶ proxy k ─┘                                        ▲
//   harness (checker, site set-up, portal) ───────────────────────────┘ directly
import type { Kysely } from 'kysely';
import type { ServerDb } from '../../../server/db/schema';
import { bundleFaultPrograms, type FaultPrograms } from './bundle';
import { startFaultProxy, PASS, type FaultProxy } from './faultProxy';
import { KioskHandle } from './kioskHandle';
import { ServerHandle } from './serverHandle';

export const MAX_KIOSKS = 3;
/** The server's clock at the start of a run: a Monday morning in service hours. */
export const SERVER_START = Date.parse('2026-11-23T09:00:00+07:00');

export interface FaultCluster {
  /** The harness's own connection to the database: set-up, the portal hook and the checker. */
  readonly db: Kysely<ServerDb>;
  readonly database: FaultProxy;
  readonly server: ServerHandle;
  readonly kiosks: readonly KioskHandle[];
  /**
   * A fault proxy in front of the server for one kiosk of one schedule. Fresh per schedule: a new
   * address is a new origin for the kiosk process's HTTP client, so nothing of one schedule's
   * connections (kept alive, aborted) carries into the next, as in a kiosk that starts afresh.
   */
  kioskProxy(): Promise<FaultProxy>;
  release(proxy: FaultProxy): Promise<void>;
  readonly workDir: string;
  /** Every proxy back to passing bytes (a blackhole's held connections are reset). */
  heal(): void;
  close(): Promise<void>;
}

export async function startFaultCluster(options: {
  readonly db: Kysely<ServerDb>;
  /** postgres://… of the run's database, on 127.0.0.1. */
  readonly databaseUrl: string;
  readonly workDir: string;
}): Promise<FaultCluster> {
  const programs: FaultPrograms = await bundleFaultPrograms();
  const direct = new URL(options.databaseUrl);
  const database = await startFaultProxy(Number(direct.port || 5432));
  const throughProxy = new URL(options.databaseUrl);
  throughProxy.hostname = '127.0.0.1';
  throughProxy.port = String(database.port);
  const kioskProxies = new Set<FaultProxy>();
  let serverPort = 1;
  const server = new ServerHandle(programs.server, throughProxy.toString(), SERVER_START, (port) => {
    serverPort = port;
    for (const p of kioskProxies) p.setTarget(port);
  });
  await server.ready();
  const kiosks = Array.from({ length: MAX_KIOSKS }, (_, i) => new KioskHandle(programs.kiosk, `kiosk ${i}`));
  await Promise.all(kiosks.map((k) => k.start()));
  return {
    db: options.db,
    database,
    server,
    kiosks,
    workDir: options.workDir,
    async kioskProxy() {
      const proxy = await startFaultProxy(serverPort);
      kioskProxies.add(proxy);
      return proxy;
    },
    async release(proxy) {
      kioskProxies.delete(proxy);
      await proxy.close();
    },
    heal() {
      database.setMode(PASS);
      for (const p of kioskProxies) p.setMode(PASS);
    },
    async close() {
      await Promise.all(kiosks.map((k) => k.stop()));
      await server.stop();
      await Promise.all([database, ...kioskProxies].map((p) => p.close()));
      kioskProxies.clear();
      programs.remove();
    },
  };
}
