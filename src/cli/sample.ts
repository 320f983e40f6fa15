import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { writeSampleExport } from "../integrations/importers/linkedin/sample/index.js";
import { printJson } from "./context.js";

function integer(name: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number`);
    return Number.parseInt(value, 10);
  };
}

export function registerSample(program: Command): void {
  program
    .command("sample")
    .description("write a realistic synthetic LinkedIn export in LinkedIn's exact formats")
    .argument("<output>", "the ZIP to write, e.g. Complete_LinkedInDataExport_11-20-2026.zip")
    .option("--connections <n>", "number of connections (≤ 30,000)", integer("--connections"), 1500)
    .option("--messages <n>", "number of messages", integer("--messages"), 6000)
    .option("--seed <n>", "random seed: the same seed gives the same bytes", integer("--seed"), 42)
    .option("--as-of <date>", "the export's date, YYYY-MM-DD")
    .option("--json", "print the summary as JSON")
    .action(
      async (
        output: string,
        opts: {
          connections: number;
          messages: number;
          seed: number;
          asOf?: string;
          json?: boolean;
        },
      ) => {
        const summary = await writeSampleExport({
          connections: opts.connections,
          messages: opts.messages,
          seed: opts.seed,
          output,
          ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }),
        });
        if (opts.json) printJson(summary);
        else process.stdout.write(`Wrote ${output}\n`);
      },
    );
}
