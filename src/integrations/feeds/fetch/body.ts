/**
 * Reads a response body through streaming decompression, with the size cap enforced on the
 * decompressed bytes: a small gzip that inflates to gigabytes stops at the cap.
 */
import type { IncomingMessage } from "node:http";
import { type Readable, Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";

/** Raised by the sink when the cap is passed; mapped to the `too-large` error kind. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`body larger than ${limit} bytes (after decompression)`);
  }
}

/** Raised for a Content-Encoding we do not speak. */
export class UnsupportedEncodingError extends Error {}

/** Resolves with the first buffered bytes (put back into the stream), or null at its end. */
function peek(stream: Readable): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const done = () => {
      stream.off("readable", onReadable);
      stream.off("end", onEnd);
      stream.off("error", onError);
    };
    const onReadable = () => {
      done();
      const chunk = stream.read() as Buffer | null;
      if (chunk) stream.unshift(chunk);
      resolve(chunk);
    };
    const onEnd = () => {
      done();
      resolve(null);
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    stream.on("readable", onReadable);
    stream.once("end", onEnd);
    stream.once("error", onError);
  });
}

/** "deflate" is meant to be zlib-wrapped (RFC 9110) but many servers send raw deflate. */
function looksZlibWrapped(head: Buffer | null): boolean {
  if (!head || head.length === 0) return true;
  const cmf = head[0] ?? 0;
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7) return false;
  return head.length < 2 || ((cmf << 8) | (head[1] ?? 0)) % 31 === 0;
}

async function decodersFor(
  encodingHeader: string | undefined,
  res: Readable,
): Promise<Transform[]> {
  const codings = (encodingHeader ?? "")
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity");
  if (codings.length > 2)
    throw new UnsupportedEncodingError(`too many content codings: ${encodingHeader}`);
  const decoders: Transform[] = [];
  // Codings are listed in the order they were applied, so they are undone from the last.
  for (const coding of codings.reverse()) {
    if (coding === "gzip" || coding === "x-gzip") decoders.push(zlib.createGunzip());
    else if (coding === "br") decoders.push(zlib.createBrotliDecompress());
    else if (coding === "deflate") {
      const wrapped = decoders.length > 0 || looksZlibWrapped(await peek(res));
      decoders.push(wrapped ? zlib.createInflate() : zlib.createInflateRaw());
    } else throw new UnsupportedEncodingError(`unsupported Content-Encoding: ${coding}`);
  }
  return decoders;
}

/**
 * The decoded body of `res`, at most `maxBytes` long.
 *
 * @example
 * const body = await readBody(res, 10 * 1024 * 1024); // throws BodyTooLargeError past 10 MiB
 */
export async function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes && !res.headers["content-encoding"]) {
    throw new BodyTooLargeError(maxBytes);
  }
  const decoders = await decodersFor(res.headers["content-encoding"], res);
  const chunks: Buffer[] = [];
  let size = 0;
  let raw = 0;
  // The compressed bytes count too, so a body that never inflates cannot stream forever.
  const rawCounter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      raw += chunk.length;
      callback(raw > maxBytes ? new BodyTooLargeError(maxBytes) : null, chunk);
    },
  });
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) return callback(new BodyTooLargeError(maxBytes));
      chunks.push(chunk);
      callback();
    },
  });
  await pipeline([res, rawCounter, ...decoders, sink]);
  // A body that arrived in one chunk is that chunk: no copy, one buffer less to collect.
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
}
