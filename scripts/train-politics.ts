/**
 * Rebuilds src/text/models/politics.bin from ../shared/data/politics and the hand-written
 * posts, byte-identically on every run, and prints the held-out figures.
 *
 * Run: npm run train:politics [-- --data DIR --out FILE --no-eval]
 */
import { createHash } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { encodeModel } from "../src/text/politics/model.js";
import { buildModel } from "./politics/build.js";
import { evaluate } from "./politics/evaluate.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    data: { type: "string", default: join(root, "..", "shared", "data", "politics") },
    out: { type: "string", default: join(root, "src", "text", "models", "politics.bin") },
    "no-eval": { type: "boolean", default: false },
  },
});
const dataDir = values.data;
if (!existsSync(join(dataDir, "en-bbc-news.jsonl"))) {
  console.error(`${dataDir}: the politics data set is missing (see ../shared/data/README.md)`);
  process.exit(66);
}

const t0 = performance.now();
const { model, test, heldPosts } = buildModel(dataDir, root);
const bytes = encodeModel(model);
writeFileSync(values.out, bytes);
const sha = createHash("sha256").update(bytes).digest("hex");
console.log(
  `wrote ${values.out} (${bytes.length} bytes, sha256 ${sha}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
if (!values["no-eval"]) console.log(JSON.stringify(evaluate(model, test, heldPosts), null, 1));
