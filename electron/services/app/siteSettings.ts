import type { Db } from '../../../db/openDatabase';
import { readSetting } from '../core/settingsStore';

export interface SiteSettings {
  readonly name: string;
}

export const defaultSite: SiteSettings = {
  name: 'Startup Hub & Pontive Center — Diskominfo Kota Pontianak',
};

/**
 * The wording of the consent a visitor gives at registration. Bump the version whenever the text in
 * the renderer's catalogue (`register.consentText`) changes, so each visitor row records what they saw.
 */
export const CONSENT_VERSION = '2026-11-v1';

export const readSite = (db: Db): SiteSettings => readSetting(db, 'site', defaultSite);
