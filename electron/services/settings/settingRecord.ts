// A setting the site keeps as one record (the rules, the idle lock, the retention period, the office's
// identity): read and parsed once and kept until it changes, changed by a command that writes it,
// its audit row and its sync operation.
import type { z } from 'zod';
import type { Topic } from '../../../shared/contract';
import type { SyncOp } from '../../../shared/sync/operations';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import { readSetting, writeSetting } from '../core/settingsStore';

export interface SettingRecordSpec<S extends z.ZodType> {
  /** The row in the settings table. */
  readonly key: string;
  readonly schema: S;
  readonly fallback: z.output<S>;
  /** The audit row's action. */
  readonly action: string;
  /** The sync operation; null for a setting of this installation only (which services it offers). */
  readonly toOp: (value: z.output<S>) => SyncOp | null;
  readonly topics: readonly Topic[];
  /** A rule the value must meet against other records, checked inside the command; throws a rejection. */
  readonly check?: (value: z.output<S>) => void;
  /** What the audit row keeps (default: the whole value). */
  readonly auditDetails?: (value: z.output<S>) => Record<string, unknown>;
}

export class SettingRecord<S extends z.ZodType> {
  #current: z.output<S>;

  constructor(
    private readonly deps: CommandDeps,
    private readonly spec: SettingRecordSpec<S>,
  ) {
    this.#current = this.read();
  }

  /** What is stored, or the fallback when nothing (or something unreadable) is. */
  private read(): z.output<S> {
    const parsed = this.spec.schema.safeParse(
      readSetting<unknown>(this.deps.db, this.spec.key, this.spec.fallback),
    );
    return parsed.success ? parsed.data : this.spec.fallback;
  }

  get(): z.output<S> {
    return this.#current;
  }

  update(actor: Actor, value: z.output<S>): z.output<S> {
    const saved = runCommand(this.deps, actor, this.spec.action, (now) => {
      this.spec.check?.(value);
      writeSetting(this.deps.db, this.spec.key, value, now);
      const details = this.spec.auditDetails?.(value) ?? { ...(value as object) };
      const op = this.spec.toOp(value);
      return {
        value,
        audit: { entity: 'settings', entityId: this.spec.key, details },
        ops: op ? [op] : [],
        topics: this.spec.topics,
      };
    });
    this.#current = saved;
    return saved;
  }

  /** Another command wrote the setting directly (the setup, sample data): read it again. */
  reload(): void {
    this.#current = this.read();
  }
}
