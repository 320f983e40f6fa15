import { createWriteStream, existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { MiddlewareHandler } from "hono";
import type { Config } from "../../../config/schema.js";
import type { DashboardEnv } from "../../env.js";
import { HttpError } from "../../http/errors.js";

/** The routes that take a whole LinkedIn export; every other route keeps the small app limit. */
export const EXPORT_UPLOAD_PATHS: readonly string[] = ["/import/linkedin", "/api/import"];

/**
 * The largest export upload: the config's limit on an export's uncompressed size (a ZIP is
 * never usefully larger than what it unpacks to).
 *
 * @example
 * uploadLimitBytes(config) // 2147483648 with the default import.maxUncompressedMiB = 2048
 */
export function uploadLimitBytes(config: Config): number {
  return config.import.maxUncompressedMiB * 1024 * 1024;
}

/**
 * The form upload's own ceiling: the CSRF check parses a form, and Hono's form parser holds it
 * in memory, so a form may not bring the whole 2 GiB the streamed API route accepts.
 */
export const FORM_UPLOAD_MAX_BYTES = 256 * 1024 * 1024;

function tooLarge(max: number, form: boolean): HttpError {
  const mib = Math.round(max / (1024 * 1024));
  return new HttpError(
    413,
    "too-large",
    form
      ? `The file is larger than the ${mib} MiB a form upload may bring (it is held in memory): import it with \`tellerrand import FILE.zip\`, or POST the file itself to /api/import, which streams it to disk.`
      : `The file is larger than the import limit of ${mib} MiB (setting import.maxUncompressedMiB).`,
  );
}

/**
 * The body limit of the export upload routes, from the config. A declared `Content-Length`
 * over the limit is refused before anything is read; a body without one is counted as it
 * streams (unlike `hono/body-limit`, which buffers it) and refused once it passes the limit.
 * Runs where the app's own limit would, before the CSRF check reads a form.
 *
 * @example
 * app.use((c, next) => (isExportUpload(c.req.path) ? exportLimit(c, next) : smallLimit(c, next)));
 */
export function exportUploadLimit(): MiddlewareHandler<DashboardEnv> {
  return async (c, next) => {
    const limit = uploadLimitBytes(c.var.deps.app().config);
    // True when the form's own ceiling, not the configured limit, is the one that binds.
    const form =
      /^multipart\/form-data/i.test(c.req.header("content-type") ?? "") &&
      FORM_UPLOAD_MAX_BYTES < limit;
    const max = form ? FORM_UPLOAD_MAX_BYTES : limit;
    const length = c.req.header("content-length");
    if (length !== undefined && !c.req.raw.headers.has("transfer-encoding")) {
      if (Number(length) > max) throw tooLarge(max, form);
      return next();
    }
    const body = c.req.raw.body;
    if (body === null) return next();
    let seen = 0;
    let over = false;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength;
          if (seen > max) {
            over = true;
            controller.error(tooLarge(max, form));
          } else controller.enqueue(chunk);
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: "half" } as RequestInit);
    await next();
    // Whoever read the body (the CSRF check's form parser, a route) failed on the cut stream.
    if (over) throw tooLarge(max, form);
  };
}

/** Whether a path is one of the export upload routes. */
export function isExportUpload(path: string): boolean {
  return EXPORT_UPLOAD_PATHS.includes(path);
}

/**
 * A file name safe to create in a temporary folder that keeps what the importer reads from it
 * (`Complete_LinkedInDataExport_11-20-2026.zip` carries the export's date and variant). A name
 * that is neither `.zip` nor `.csv` gets `.zip`, so the importer checks it as an archive.
 *
 * @example
 * safeUploadName("C:\\Users\\me\\Basic export (1).zip") // "Basic_export__1_.zip"
 */
export function safeUploadName(name: string, fallback = "export.zip"): string {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[^A-Za-z0-9._-]/g, "_").slice(-120);
  const clean = base.replace(/^\.+/, "");
  if (clean === "") return fallback;
  return /\.(zip|csv)$/i.test(clean) ? clean : `${clean}.zip`;
}

/**
 * Streams an upload into a fresh temporary folder inside the data folder (or the system's when
 * the data folder does not exist, as in tests over an in-memory store), runs `use` on the file
 * and deletes the folder afterwards, whatever happened.
 *
 * @example
 * const report = await withUploadedFile(dataDir, "export.zip", file.stream(), (p) => importIt(p));
 */
export async function withUploadedFile<T>(
  dataDir: string,
  name: string,
  body: ReadableStream<Uint8Array>,
  use: (path: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(existsSync(dataDir) ? dataDir : tmpdir(), ".upload-"));
  try {
    const path = join(dir, name);
    await pipeline(
      Readable.fromWeb(body as NodeReadableStream<Uint8Array>),
      createWriteStream(path, { mode: 0o600 }),
    );
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs imports one after another: each is one transaction on the app's single connection, and
 * two at once would interleave their writes.
 *
 * @example
 * const report = await oneAtATime(() => importLinkedInExport(deps, path));
 */
export function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}
