import type { ActorKind } from '../types';

/** One canonical real-world entity and the surface forms that name it. */
export interface GazetteerEntry {
  /** `<kind>:<slug>`; one key per real entity, shared by every alias. */
  readonly key: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Case-sensitive surface forms (`US` must not match `us`). */
  readonly aliases: readonly string[];
  /** Surface forms matched case-insensitively (long names whose case varies in state media). */
  readonly aliasesCi?: readonly string[];
  readonly partOf?: string;
  /**
   * Lower numbers win when two entries claim the same surface form; our own lists beat the
   * external outlet list so `Russia` stays a country even if some outlet is called that.
   */
  readonly priority?: number;
}
