import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildLangModel, LANG_MODEL_PATH } from "../../scripts/build-lang-model.js";
import { TellerrandError } from "../../src/domain/errors.js";
import { ELD_LANGS } from "../../src/text/lang/index.js";
import {
  decodeNgramModel,
  encodeNgramModel,
  findRow,
  loadNgramModel,
} from "../../src/text/lang/ngramModel.js";

const DICT = Array.from({ length: 128 }, (_, i) => String.fromCharCode(0x80 + i));
const pack = (key: string): [number, number] => {
  let lo = 0;
  let hi = 0;
  [...key].forEach((ch, i) => {
    if (i < 4) lo |= ch.charCodeAt(0) << (8 * i);
    else hi |= ch.charCodeAt(0) << (8 * (i - 4));
  });
  return [lo >>> 0, hi];
};

function tinyModel(n: number) {
  const entries = new Map<string, number[]>();
  for (let i = 0; i < n; i++)
    entries.set(` ${(i * 7919).toString(36).padStart(4, "a")}`, [i % 256, 1]);
  entries.set(" ab ", [0, 200]);
  entries.set("ñäß ", [255, 0]);
  const input = {
    langs: ["de", "en"],
    dictionary: DICT,
    separators: "[^a-z]+",
    source: "test",
    entries,
  };
  return { input, entries, bytes: encodeNgramModel(input) };
}

describe("n-gram model format", () => {
  it("finds every key with its values, and nothing else, through collisions", () => {
    const { entries, bytes } = tinyModel(1500); // 1,502 keys in 4,096 slots
    const model = decodeNgramModel(bytes);
    expect(model.langs).toEqual(["de", "en"]);
    expect(model.source).toBe("test");
    expect(model.separators.flags).toBe("gu");
    for (const [key, values] of entries) {
      const row = findRow(model, ...pack(key));
      expect(row).toBeGreaterThanOrEqual(0);
      expect([...model.rows.subarray(2 * row, 2 * row + 2)]).toEqual(values);
    }
    expect(findRow(model, ...pack(" zzzzz"))).toBe(-1);
    expect(findRow(model, ...pack(" ab"))).toBe(-1);
  });

  it("writes the same bytes for the same input, whatever the insertion order", () => {
    const { input, bytes } = tinyModel(300);
    const reversed = new Map([...input.entries].reverse());
    expect(encodeNgramModel({ ...input, entries: reversed })).toEqual(bytes);
  });

  it("rejects what it cannot store exactly", () => {
    const { input } = tinyModel(1);
    const bad = (key: string, values: number[]) =>
      encodeNgramModel({ ...input, entries: new Map([[key, values]]) });
    expect(() => bad(" abcdef", [1, 1])).toThrow(/n-gram/);
    expect(() => bad(" a\u0100b", [1, 1])).toThrow(/code 256/);
    expect(() => bad(" abc", [256, 1])).toThrow(/value 256/);
  });

  it("refuses files that are not a model, naming the file", () => {
    const { bytes } = tinyModel(10);
    expect(() => decodeNgramModel(bytes.subarray(0, 100), "x.bin")).toThrow(TellerrandError);
    expect(() => decodeNgramModel(bytes.subarray(0, 100), "x.bin")).toThrow(/x\.bin.*size/);
    const wrong = bytes.slice();
    wrong[0] = 0;
    expect(() => decodeNgramModel(wrong)).toThrow(/magic/);
    expect(() => loadNgramModel("/nonexistent/lang.bin")).toThrow(/not found/);
  });
});

describe("shipped model (src/text/models/lang-ngrams.bin)", () => {
  it("is what scripts/build-lang-model.ts builds from the installed eld, byte for byte", async () => {
    const rebuilt = await buildLangModel();
    const shipped = readFileSync(LANG_MODEL_PATH);
    expect(rebuilt.length).toBe(shipped.length);
    expect(Buffer.from(rebuilt).equals(shipped)).toBe(true);
  });

  it("holds exactly our languages, in eld's order, from eld's small database", () => {
    const model = loadNgramModel();
    expect([...model.langs].sort()).toEqual([...ELD_LANGS].sort());
    expect(model.langs).toEqual([...model.langs].sort());
    expect(model.source).toMatch(/^eld \d+\.\d+\.\d+ small \(S60\)$/);
    expect(model.rows.length / model.langs.length).toBeGreaterThan(20_000);
  });
});
