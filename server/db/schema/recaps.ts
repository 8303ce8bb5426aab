// The central tables of the monthly, quarterly and yearly reports with their review trail (rekap), as Kysely sees them.
export interface RecapPeriodsTable {
  site_id: string;
  period_key: string;
  period_kind: 'month' | 'quarter' | 'year';
  /** The revision of the period that stands (the latest not set aside). */
  head_id: string;
  head_revision: number;
  updated_at: number;
}

export interface RecapsTables {
  recap_periods: RecapPeriodsTable;
}
