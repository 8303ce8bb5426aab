// The equipment inventory's rules (SOP 97: the desk keeps the inventory; equipment may be damaged or
// lost), shared by the kiosk's commands, the central server's handlers and the screens: what an asset
// code looks like, how a label is read back from a scan, the path of a problem, and how an item's
// condition and status follow its problems.
import { parseTicketToken } from '../rules/ticketToken';

export const itemKinds = ['asset', 'consumable'] as const;
export type ItemKind = (typeof itemKinds)[number];

export const locationKinds = ['desk', 'room', 'store'] as const;
export type LocationKind = (typeof locationKinds)[number];

/** The condition the office's inventory cards use (Permendagri 19/2016): baik, rusak ringan, rusak berat. */
export const itemConditions = ['baik', 'rusak_ringan', 'rusak_berat'] as const;
export type ItemCondition = (typeof itemConditions)[number];

export const itemStatuses = ['active', 'missing', 'written_off'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

export const problemKinds = ['damaged', 'missing'] as const;
export type ProblemKind = (typeof problemKinds)[number];
export const damageSeverities = ['rusak_ringan', 'rusak_berat'] as const;
export type DamageSeverity = (typeof damageSeverities)[number];

/** reported → in_repair → fixed, or written off from reported or in repair. Both ends are final. */
export const problemStatuses = ['reported', 'in_repair', 'fixed', 'written_off'] as const;
export type ProblemStatus = (typeof problemStatuses)[number];
export const openProblemStatuses: readonly ProblemStatus[] = ['reported', 'in_repair'];

export const stockReasons = ['initial', 'restock', 'use', 'adjust', 'count'] as const;
export type StockReason = (typeof stockReasons)[number];

export const ITEM_NAME_MAX = 120;
export const CATEGORY_MAX = 60;
export const ROOM_MAX = 60;
export const UNIT_MAX = 20;
export const NOTE_MAX = 500;
/** One stock change moves at most this many units (a typo of 10000 for 100 is refused). */
export const STOCK_DELTA_MAX = 9_999;

/**
 * An asset code: the office's kode barang (digits and dots, "02.06.03.01.005"), a register number
 * ("INV/2026/014"), or one Loket made ("INV-2026-0007"). Upper case, no spaces, 2–40 characters.
 */
export const ASSET_CODE_PATTERN = /^[A-Z0-9][A-Z0-9./-]{1,39}$/;

/** What the label's QR holds before the code: a scan that starts with it is an equipment label, never a ticket. */
export const ASSET_LABEL_PREFIX = 'LKT-INV:';

/** Upper case, surrounding and inner white space dropped: "inv 2026 7" is typed, "INV20267" is kept. */
export const normaliseAssetCode = (raw: string): string =>
  raw.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();

export const isAssetCode = (code: string): boolean => ASSET_CODE_PATTERN.test(code);

/** The text a label's QR carries. */
export const assetLabelText = (code: string): string => `${ASSET_LABEL_PREFIX}${code}`;

/**
 * What a scanned text says about equipment: a label (the prefix, then a well-formed code), a bare
 * text that could be an asset code (the pipeline then looks it up), or nothing of the kind.
 */
export type AssetScan =
  | { readonly kind: 'label'; readonly code: string }
  | { readonly kind: 'maybeCode'; readonly code: string }
  | { readonly kind: 'none' };

export function readAssetScan(text: string): AssetScan {
  const trimmed = text.trim();
  if (trimmed.length > 64) return { kind: 'none' };
  // A wedge scanner on a mismatched keyboard layout may type ';' for ':' and lose the shift of letters.
  const head = trimmed.slice(0, ASSET_LABEL_PREFIX.length).toUpperCase().replace(';', ':');
  if (head === ASSET_LABEL_PREFIX) {
    const code = normaliseAssetCode(trimmed.slice(ASSET_LABEL_PREFIX.length));
    return isAssetCode(code) ? { kind: 'label', code } : { kind: 'none' };
  }
  // A bare code is taken only as printed, in one case (upper, or all lower from a lost shift). A
  // ticket's token (LK1 and 26 base-32 letters) is one case too but is never an office's asset
  // code: every check-in would otherwise look it up among the items first (issue 9's scan cost).
  const code = trimmed.toUpperCase();
  const oneCase = trimmed === code || trimmed === trimmed.toLowerCase();
  if (!oneCase || !isAssetCode(code) || parseTicketToken(trimmed).ok) return { kind: 'none' };
  return { kind: 'maybeCode', code };
}

/** A code Loket makes when the office has none: INV-<year>-<4 digits of a counter>, counted per year. */
export const generatedAssetCode = (year: number, n: number): string =>
  `INV-${year}-${String(n).padStart(4, '0')}`;

export type ProblemAction = 'startRepair' | 'fix' | 'writeOff';
export type ProblemRefusal = 'closed' | 'notInRepair';

const actionTarget: Record<ProblemAction, ProblemStatus> = {
  startRepair: 'in_repair',
  fix: 'fixed',
  writeOff: 'written_off',
};

/** The status a problem moves to by an action. */
export const problemStatusAfter = (action: ProblemAction): ProblemStatus => actionTarget[action];

/**
 * May this action move a problem on? A fixed or written-off problem is final; "fixed" straight from
 * "reported" is allowed (a loose screw fixed on the spot); a repair is started only once.
 */
export function decideProblemAction(
  status: ProblemStatus,
  action: ProblemAction,
): { ok: true } | { ok: false; reason: ProblemRefusal } {
  if (status === 'fixed' || status === 'written_off') return { ok: false, reason: 'closed' };
  if (action === 'startRepair' && status !== 'reported') return { ok: false, reason: 'notInRepair' };
  return { ok: true };
}

/** The item as a problem leaves it: damage sets its condition, a loss its status; a fix makes it good. */
export function itemAfterProblem(
  item: { condition: ItemCondition; status: ItemStatus },
  change:
    | { kind: 'reported'; problemKind: ProblemKind; severity: DamageSeverity | null }
    | { kind: 'fixed'; problemKind: ProblemKind }
    | { kind: 'writtenOff' }
    | { kind: 'repairStarted' },
): { condition: ItemCondition; status: ItemStatus } {
  switch (change.kind) {
    case 'reported':
      return change.problemKind === 'missing'
        ? { condition: item.condition, status: item.status === 'written_off' ? 'written_off' : 'missing' }
        : { condition: change.severity ?? 'rusak_ringan', status: item.status };
    case 'fixed':
      // A missing item found again is back in service; a repaired one is in good condition.
      return change.problemKind === 'missing'
        ? { condition: item.condition, status: item.status === 'written_off' ? 'written_off' : 'active' }
        : { condition: 'baik', status: item.status };
    case 'writtenOff':
      return { condition: item.condition, status: 'written_off' };
    case 'repairStarted':
      return item;
  }
}
