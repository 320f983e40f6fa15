/**
 * The one error type the product raises on purpose. The CLI and the server map it once, at the
 * edge, to an exit code or an HTTP status; anything else is a bug and is shown as such.
 */
export type ErrorCode =
  | "usage" // wrong arguments or flags
  | "config" // the config file or an override is invalid
  | "not-found" // a file or record that the user named does not exist
  | "bad-input" // an input file is not what it claims to be
  | "unsafe-archive" // a ZIP with path traversal, a zip bomb, encryption or corruption
  | "database"; // the store cannot be opened (e.g. it is newer than this code)

const EXIT_CODES: Record<ErrorCode, number> = {
  usage: 64,
  config: 78,
  "not-found": 66,
  "bad-input": 65,
  "unsafe-archive": 65,
  database: 74,
};

export class TellerrandError extends Error {
  readonly code: ErrorCode;
  /** The file (and line, field) the error is about, when there is one. */
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, options?: { file?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TellerrandError";
    this.code = code;
    this.file = options?.file;
  }

  /** Process exit code, following BSD sysexits. */
  get exitCode(): number {
    return EXIT_CODES[this.code];
  }
}
