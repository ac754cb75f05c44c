/** Progress of the demo data loading in the background of `npm start`, as pages show it. */
export interface DemoLoadStatus {
  /** Articles stored so far. */
  readonly stored: number;
  /** Share of the demo files read, 0 to 1. */
  readonly fraction: number;
  readonly startedAt: string;
  /** The loading process: a status whose process is gone is stale. */
  readonly pid: number;
}
