// How the survey guards against one person answering many times (indonesian-services.md §9.3):
// one answer per service event through a one-time token, and, for answers given at the kiosk's home
// screen without a token, a cool-down per kiosk. Pure: no node:, no DOM.

/** Between two answers without a token on one kiosk: long enough that one person cannot refill at once. */
export const SURVEY_COOLDOWN_MS = 60_000;

/** The mark of a survey token: 'SV1' + 26 Crockford base32 characters (128 random bits). */
export const SURVEY_TOKEN_PREFIX = 'SV1';

/** The portal's address of the survey a token opens, relative to the portal's origin. */
export const surveyPortalPath = (token: string): string => `/survey/${encodeURIComponent(token)}`;
