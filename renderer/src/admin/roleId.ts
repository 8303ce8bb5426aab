/**
 * A role's id from its name, as the contract wants it (a–z, 0–9 and _, 2 to 40 long):
 * "Kepala Seksi (PK&AI)" → "kepala_seksi_pk_ai". The admin may still type their own.
 */
export function roleIdFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/g, '');
}
