import { createHash } from "node:crypto";
import { TellerrandError } from "../../src/domain/errors.js";
import type {
  ConnectionRecord,
  ExportEvent,
  LinkedInFileName,
  LinkedInRecord,
} from "../../src/domain/linkedin/records.js";
import type { LinkedInExportSource, OpenLinkedInExport } from "../../src/services/ports.js";

/** An in-memory export: records per file, optionally failing after `failAfter` records. */
export interface FakeExport {
  exportDate: string | null;
  files: Partial<Record<LinkedInFileName, LinkedInRecord[]>>;
  failAfter?: number;
}

/** A fake of the importer port: `path` names one of the given exports. */
export function fakeOpener(exports: Record<string, FakeExport>): OpenLinkedInExport {
  return async (path: string): Promise<LinkedInExportSource> => {
    const exp = exports[path];
    if (exp === undefined) throw new TellerrandError("not-found", `${path} does not exist`);
    return {
      info: {
        source: path,
        variant: "complete",
        exportDate: exp.exportDate,
        filesDate: null,
        contentHash: createHash("sha256").update(JSON.stringify(exp.files)).digest("hex"),
      },
      events: () => events(exp),
      close: async () => {},
    };
  };
}

async function* events(exp: FakeExport): AsyncGenerator<ExportEvent> {
  let n = 0;
  for (const [file, records] of Object.entries(exp.files) as Array<
    [LinkedInFileName, LinkedInRecord[]]
  >) {
    yield { type: "file", file, entry: file };
    for (const [i, record] of records.entries()) {
      if (exp.failAfter !== undefined && n++ >= exp.failAfter) {
        throw new TellerrandError("bad-input", `${file}: simulated failure`);
      }
      yield { type: "record", file, line: i + 2, record };
    }
    yield { type: "file-done", file, records: records.length, problems: 0 };
  }
  yield { type: "skipped", entry: "Registration.csv", reason: "not used by Tellerrand" };
}

export function connection(
  first: string,
  last: string,
  company: string | null,
  position: string | null,
  connectedOn: string,
  url: string | null = `https://www.linkedin.com/in/${first.toLowerCase()}-${last.toLowerCase()}`,
): ConnectionRecord {
  return {
    kind: "connection",
    firstName: first,
    lastName: last,
    url,
    email: null,
    company,
    position,
    connectedOn,
  };
}
