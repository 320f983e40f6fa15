import { vi } from "vitest";
import { main } from "../../src/cli/program.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output and optional stdin lines. */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => {
    stderr += String(chunk);
    return true;
  });
  const saved = { ...process.env };
  Object.assign(process.env, { TELLERRAND_CONFIG: "/nonexistent/config.toml", NO_COLOR: "1" }, env);
  try {
    const code = await main(["node", "tellerrand", ...args]);
    return { code, stdout, stderr };
  } finally {
    process.env = saved;
    out.mockRestore();
    err.mockRestore();
  }
}
