import { TellerrandError } from "../../domain/errors.js";

/** HTTP statuses the dashboard answers with on purpose. */
export type HttpStatus = 400 | 401 | 403 | 404 | 405 | 413 | 421 | 429 | 500;

/**
 * The one error type of the HTTP edge: thrown anywhere in a route, mapped once to a status and
 * an HTML or JSON answer by the app's error handler. `publicMessage` is shown to the person, so
 * it never carries stack traces or paths of the machine.
 *
 * @example
 * throw new HttpError(403, "csrf", "The form has expired: reload the page and try again.");
 */
export class HttpError extends Error {
  constructor(
    readonly status: HttpStatus,
    /** Stable machine-readable code, also used in the JSON error body. */
    readonly code: string,
    readonly publicMessage: string,
  ) {
    super(publicMessage);
    this.name = "HttpError";
  }
}

const STATUS_OF_CODE: Record<TellerrandError["code"], HttpStatus> = {
  usage: 400,
  "bad-input": 400,
  "unsafe-archive": 400,
  "not-found": 404,
  config: 500,
  database: 500,
};

/**
 * Turns anything thrown into an `HttpError`: a `TellerrandError` keeps its message (it is written
 * for the person), anything else becomes a 500 without details.
 *
 * @example
 * toHttpError(new TellerrandError("not-found", "no feed 7")).status // 404
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof TellerrandError) {
    return new HttpError(STATUS_OF_CODE[error.code], error.code, error.message);
  }
  // The cause goes to the server's log (never to the person): without it a 500 is a mystery.
  return Object.assign(
    new HttpError(500, "internal", "Internal error: the details are in the server's log."),
    { cause: error },
  );
}
