import type { DeskCatalogue } from './catalogue';

// Officer's desk strings (English): the same keys as id.ts.
export const deskEn: DeskCatalogue = {};
