// An officer corrects one field of one service in one language, or resets it to the decree's text:
// one command each, audited with the text before and after, and synced as 'standards.entryCorrected'.
import type { CorrectionRecord } from '../../../shared/contract/standards';
import { correctionId } from '../../../shared/contract/standards';
import type { EntryField } from '../../../shared/serviceStandards/catalogue';
import type { Lang } from '../../../shared/serviceStandards/fieldText';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';
import { CATALOGUE_VERSION } from '../../../shared/serviceStandards/shippedCatalogue';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import { findCorrection, writeCorrection } from './standardsQueries';

export interface CorrectionInput {
  readonly serviceId: ServiceId;
  readonly field: EntryField;
  readonly lang: Lang;
  /** Clean text (the contract's schema checked it); null: the decree's text again. */
  readonly text: string | null;
}

export function correctEntry(deps: CommandDeps, actor: Actor, input: CorrectionInput): CorrectionRecord {
  const action = input.text === null ? 'standards.entry.reset' : 'standards.entry.correct';
  return runCommand(deps, actor, action, (now) => {
    const before = findCorrection(deps.db, input);
    const record: CorrectionRecord = { ...input, catalogueVersion: CATALOGUE_VERSION, correctedAt: now };
    writeCorrection(deps.db, record);
    return {
      value: record,
      audit: {
        entity: 'serviceStandard',
        entityId: correctionId(input),
        // The text it replaced (null: the decree's), so the audit keeps what a later change overwrote.
        details: { field: input.field, lang: input.lang, before: before?.text ?? null, after: input.text },
      },
      ops: [
        {
          type: 'standards.entryCorrected',
          payload: {
            serviceId: input.serviceId,
            field: input.field,
            lang: input.lang,
            text: input.text,
            catalogueVersion: CATALOGUE_VERSION,
          },
        },
      ],
      topics: ['standards'],
    };
  });
}
