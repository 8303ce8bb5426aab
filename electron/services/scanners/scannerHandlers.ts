import type { HandlersFor } from '../../../shared/contract';
import type { scannerMethods } from '../../../shared/contract/scanners';
import { scannerConfigSchema } from '../../../shared/devices/scannerConfig';
import type { HandlerContext } from '../core/dispatch';
import type { Scanners } from './scanners';

export const scannerHandlers = (scanners: Scanners): HandlersFor<typeof scannerMethods, HandlerContext> => ({
  'scanners.settings': () => ({ items: scanners.settings() }),
  'scanners.configure': async ({ items }, ctx) => ({ items: await scanners.configure(ctx.actor, items) }),
  'scanners.available': async () => {
    const found = await scanners.available();
    return {
      scanners: found.scanners.map((s) => ({
        kind: s.kind,
        deviceId: s.deviceId,
        label: s.label,
        port: s.port,
        configured: s.configured,
        listed: s.listed,
        config: scannerConfigSchema.parse(s.config),
      })),
      problems: [...found.problems],
    };
  },
  'scanners.testScan': async ({ timeoutMs }) => ({ scan: await scanners.testScan(timeoutMs) }),
  'scanners.wedgeTiming': () => scanners.wedgeTiming(),
});
