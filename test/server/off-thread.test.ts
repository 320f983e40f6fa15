import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { SAMPLE_EXPORTS } from "../../src/cli/demo.js";
import { configSchema } from "../../src/config/schema.js";
import { openLinkedInExport } from "../../src/integrations/importers/linkedin/index.js";
import { importLinkedInExport } from "../../src/services/import-linkedin.js";

const dir = mkdtempSync(join(tmpdir(), "tellerrand-offthread-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("offThread", () => {
  it("computes in a worker exactly the models the server's own thread computes", async () => {
    const app = await createApp(configSchema.parse({ dataDir: dir }));
    for (const file of SAMPLE_EXPORTS) {
      await importLinkedInExport({ open: openLinkedInExport, store: app.linkedin }, file);
    }
    await app.close();
    const script = fileURLToPath(new URL("./off-thread-check.ts", import.meta.url));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", script, dir],
      { cwd: fileURLToPath(new URL("../..", import.meta.url)) },
    );
    const result = JSON.parse(stdout) as {
      equal: boolean;
      length: number;
      worker: number;
      fallback: number;
    };
    expect(result).toEqual({ equal: true, length: result.length, worker: 4, fallback: 0 });
    expect(result.length).toBeGreaterThan(1000);
  }, 60_000);
});
