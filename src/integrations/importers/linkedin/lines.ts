/**
 * Splits streamed text into physical lines (`\r\n`, `\n` or `\r`), with 1-based line numbers,
 * for the files that need a line-oriented scanner (Comments.csv). A `\r\n` split across two
 * chunks still counts as one break. The last line is yielded even without a trailing newline.
 */
export interface PhysicalLine {
  line: number;
  text: string;
}

export async function* physicalLines(
  chunks: AsyncIterable<string>,
  firstLine = 1,
): AsyncGenerator<PhysicalLine> {
  let pending = "";
  let line = firstLine;
  for await (const chunk of chunks) {
    pending += chunk;
    const breaks = /\r\n|\n|\r(?=[^\n])/g;
    let start = 0;
    for (let m = breaks.exec(pending); m !== null; m = breaks.exec(pending)) {
      yield { line: line++, text: pending.slice(start, m.index) };
      start = m.index + m[0].length;
    }
    pending = pending.slice(start);
  }
  // A lone `\r` held back at a chunk end is a break after all.
  const rest = pending.endsWith("\r") ? pending.slice(0, -1) : pending;
  if (rest.length > 0 || pending.endsWith("\r")) yield { line, text: rest };
}
