import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import {
  editableLeaf,
  lockedLeaves,
  parseLeafValue,
  reloadConfig,
  updateConfigFile,
} from "../../src/config/write.js";
import { TellerrandError } from "../../src/domain/errors.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tr-write-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const HAND_WRITTEN = `# my settings
dataDir = "/tmp/tr-data"

[profile]
name = "Ada"  # me
interests = "typography"
`;

describe("updateConfigFile", () => {
  it("creates the file and its folder, mode 0600, and loadConfig reads the values", () => {
    const file = join(dir, "nested", "config.toml");
    const result = updateConfigFile(file, {
      "profile.interests": "open source, gardening",
      "politics.keepWords": ["wahlkampf*"],
      "digest.ownEmployerCap": 0.1,
      "publishing.linkedin.politics": true,
    });
    expect(result).toEqual({ file, changed: expect.any(Array), backup: null });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const { config, origins } = loadConfig({ config: file }, {});
    expect(config.profile.interests).toBe("open source, gardening");
    expect(config.politics.keepWords).toEqual(["wahlkampf*"]);
    expect(config.digest.ownEmployerCap).toBe(0.1);
    expect(config.publishing.linkedin.politics).toBe(true);
    expect(origins["profile.interests"]).toBe("file");
  });

  it("keeps the other values, writes a .bak of the previous version and loses comments", () => {
    const file = join(dir, "config.toml");
    writeFileSync(file, HAND_WRITTEN);
    const result = updateConfigFile(file, { "profile.goals": "find a co-founder" });
    expect(result.backup).toBe(`${file}.bak`);
    expect(readFileSync(`${file}.bak`, "utf8")).toBe(HAND_WRITTEN);
    expect(statSync(`${file}.bak`).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain("# me");
    const { config } = loadConfig({ config: file }, {});
    expect(config.profile).toMatchObject({
      name: "Ada",
      interests: "typography",
      goals: "find a co-founder",
    });
    expect(config.dataDir).toBe("/tmp/tr-data");
  });

  it("unsets a leaf and drops the tables left empty", () => {
    const file = join(dir, "config.toml");
    updateConfigFile(file, { "digest.smtp.port": 465, "profile.name": "Ada" });
    updateConfigFile(file, { "digest.smtp.port": undefined });
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain("digest");
    expect(loadConfig({ config: file }, {}).config.digest.smtp.port).toBe(587);
  });

  it("writes nothing when nothing changes, so the .bak keeps the hand-written version", () => {
    const file = join(dir, "config.toml");
    expect(updateConfigFile(file, { "profile.goals": undefined }).changed).toEqual([]);
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, HAND_WRITTEN);
    updateConfigFile(file, { "profile.goals": "x" });
    expect(updateConfigFile(file, { "profile.goals": "x" })).toMatchObject({ changed: [] });
    expect(readFileSync(`${file}.bak`, "utf8")).toBe(HAND_WRITTEN);
  });

  it("rejects an invalid value naming the field, and writes nothing", () => {
    const file = join(dir, "config.toml");
    writeFileSync(file, HAND_WRITTEN);
    const attempt = () => updateConfigFile(file, { "digest.ownEmployerCap": 1.5 });
    expect(attempt).toThrow(TellerrandError);
    expect(attempt).toThrow(/field "digest\.ownEmployerCap"/);
    expect(() => updateConfigFile(file, { "politics.strictness": "lenient" })).toThrow(
      /politics\.strictness/,
    );
    expect(readFileSync(file, "utf8")).toBe(HAND_WRITTEN);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it("refuses secrets and unknown keys", () => {
    const file = join(dir, "config.toml");
    expect(() => updateConfigFile(file, { "server.password": "hunter22" })).toThrow(/secret/);
    expect(() => updateConfigFile(file, { "digest.smtp.password": "x" })).toThrow(/secret/);
    expect(() => updateConfigFile(file, { "profile.nickname": "x" })).toThrow(/not a config key/);
    expect(existsSync(file)).toBe(false);
    expect(editableLeaf("secretsKey")).toBeUndefined();
    expect(editableLeaf("publishing.connectToken")).toBeUndefined();
    expect(editableLeaf("publishing.linkedinClientId")?.kind).toBe("string");
  });

  it("reports a broken TOML file with its line and leaves it alone", () => {
    const file = join(dir, "config.toml");
    writeFileSync(file, "[profile\nname = 1\n");
    expect(() => updateConfigFile(file, { "profile.name": "x" })).toThrow(/line 1/);
    expect(readFileSync(file, "utf8")).toBe("[profile\nname = 1\n");
  });
});

describe("parseLeafValue", () => {
  it("reads text like the TELLERRAND_* variables", () => {
    expect(parseLeafValue("profile.currentEmployers", " ACME , Globex,,")).toEqual([
      "ACME",
      "Globex",
    ]);
    expect(parseLeafValue("digest.limit", "25")).toBe(25);
    expect(parseLeafValue("feeds.allowPrivateNetworks", "yes")).toBe(true);
    expect(parseLeafValue("feeds.allowPrivateNetworks", "off")).toBe(false);
    expect(parseLeafValue("profile.goals", "a, b")).toBe("a, b");
    expect(() => parseLeafValue("digest.limit", "many")).toThrow(/digest\.limit.*not a number/);
    expect(() => parseLeafValue("digest.limit", "")).toThrow(/not a number/);
    expect(() => parseLeafValue("publishing.autoApprove", "maybe")).toThrow(/true or false/);
  });
});

describe("reloadConfig and lockedLeaves", () => {
  it("applies env over the file and keeps the running data folder", () => {
    const file = join(dir, "config.toml");
    updateConfigFile(file, { "profile.goals": "from file", dataDir: "/elsewhere" });
    const env = { TELLERRAND_PROFILE_GOALS: "from env" };
    const loaded = reloadConfig(file, { dataDir: "/running" }, env);
    expect(loaded.config.profile.goals).toBe("from env");
    expect(loaded.config.dataDir).toBe("/running");
    expect(lockedLeaves(loaded.origins)).toEqual(new Set(["profile.goals"]));
  });
});
