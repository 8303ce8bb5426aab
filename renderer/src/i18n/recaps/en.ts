// English strings of the monthly, quarterly and yearly reports with their review trail (rekap): the same keys as id.ts.
import type { recapsId } from './id';

export const recapsEn: typeof recapsId = {
  tab: 'Recaps & reports',
};
