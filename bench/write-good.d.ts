// write-good ships no types. This describes the one call the benchmark makes.
declare module 'write-good' {
  /** One suggestion: where it starts, how long it is and why. */
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  /** Lints `text` with write-good's default checks. */
  function writeGood(text: string, options?: Record<string, boolean>): Suggestion[];
  export default writeGood;
}
