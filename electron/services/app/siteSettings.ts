import { siteIdentitySchema, type SiteIdentity } from '../../../shared/contract';
import type { CommandDeps } from '../core/command';
import { SettingRecord } from '../settings/settingRecord';

/** Before the setup names the office, screens show the app's own name (a valid identity, not blanks). */
export const unnamedSite: SiteIdentity = {
  siteName: 'Loket',
  officeName: 'Loket',
  letterhead: [],
  logo: null,
};

/** The office's identity (issue 8): every screen, slip and report takes its name from here. */
export const siteIdentityStore = (deps: CommandDeps) =>
  new SettingRecord(deps, {
    key: 'site.identity',
    schema: siteIdentitySchema,
    fallback: unnamedSite,
    action: 'site.update',
    toOp: (site) => ({ type: 'site.updated', payload: { ...site, letterhead: [...site.letterhead] } }),
    topics: ['site'],
  });
export type SiteIdentityStore = ReturnType<typeof siteIdentityStore>;

const MAX_LOGO_BYTES = 256 * 1024;

/** The logo's bytes are what they claim to be (PNG, JPEG or WebP) and small enough, whatever its name said. */
export function logoLooksRight(dataUrl: string): boolean {
  const [header, base64 = ''] = dataUrl.split(',', 2);
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_LOGO_BYTES) return false;
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (header === 'data:image/png;base64') return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  if (header === 'data:image/jpeg;base64') return starts(0xff, 0xd8, 0xff);
  if (header === 'data:image/webp;base64')
    return starts(0x52, 0x49, 0x46, 0x46) && bytes.subarray(8, 12).toString('ascii') === 'WEBP';
  return false;
}
