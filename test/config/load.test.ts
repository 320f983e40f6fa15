import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { envName, loadConfig } from "../../src/config/load.js";
import { maskSecrets } from "../../src/config/schema.js";
import { TellerrandError } from "../../src/domain/errors.js";

function tomlFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "tr-config-")), "config.toml");
  writeFileSync(file, text);
  return file;
}

describe("loadConfig", () => {
  it("layers defaults < file < env < flags", () => {
    const file = tomlFile(
      'dataDir = "/from/file"\n[profile]\nname = "Jana"\ngoals = "Bessere Netzwerke"\n[report]\nminSample = 12\n',
    );
    const env = { TELLERRAND_PROFILE_NAME: "Env Name", TELLERRAND_DATA_DIR: "/from/env" };
    const fileOnly = loadConfig({ config: file }, {});
    expect(fileOnly.config.dataDir).toBe("/from/file");
    expect(fileOnly.config.profile.goals).toBe("Bessere Netzwerke");
    expect(fileOnly.config.report.minSample).toBe(12);
    expect(fileOnly.origins["profile.name"]).toBe("file");
    expect(fileOnly.origins["profile.interests"]).toBe("default");

    const withEnv = loadConfig({ config: file }, env);
    expect(withEnv.config.profile.name).toBe("Env Name");
    expect(withEnv.config.dataDir).toBe("/from/env");
    expect(withEnv.origins.dataDir).toBe("env");

    const withFlag = loadConfig({ config: file, dataDir: "/from/flag" }, env);
    expect(withFlag.config.dataDir).toBe("/from/flag");
    expect(withFlag.origins.dataDir).toBe("flag");
  });

  it("reads lists and numbers from the environment", () => {
    const { config } = loadConfig(
      {},
      {
        TELLERRAND_CONFIG: "/nonexistent/config.toml",
        TELLERRAND_PROFILE_CURRENT_EMPLOYERS: "ACME GmbH, Beta AG",
        TELLERRAND_REPORT_MIN_SAMPLE: "5",
      },
    );
    expect(config.profile.currentEmployers).toEqual(["ACME GmbH", "Beta AG"]);
    expect(config.report.minSample).toBe(5);
  });

  it("names the field of an invalid value", () => {
    const file = tomlFile("[report]\nminSample = 0\n");
    expect(() => loadConfig({ config: file }, {})).toThrow(/field "report.minSample"/);
  });

  it("names file, line and column of a TOML syntax error", () => {
    const file = tomlFile('[profile]\nname = "unterminated\n');
    expect(() => loadConfig({ config: file }, {})).toThrow(new RegExp(`${file} line 2`));
  });

  it("rejects unknown keys rather than ignoring a typo", () => {
    const file = tomlFile('[profile]\nnmae = "typo"\n');
    expect(() => loadConfig({ config: file }, {})).toThrow(TellerrandError);
  });

  it("rejects a non-numeric env value with the variable's name", () => {
    expect(() =>
      loadConfig({}, { TELLERRAND_CONFIG: "/nonexistent", TELLERRAND_REPORT_MIN_SAMPLE: "many" }),
    ).toThrow(/TELLERRAND_REPORT_MIN_SAMPLE="many" is not a number/);
  });

  it("fails when an explicitly named config file is missing", () => {
    expect(() => loadConfig({ config: "/nonexistent/x.toml" }, {})).toThrow(/does not exist/);
  });
});

describe("envName and maskSecrets", () => {
  it("maps dotted camelCase paths to TELLERRAND_ names", () => {
    expect(envName("profile.currentEmployers")).toBe("TELLERRAND_PROFILE_CURRENT_EMPLOYERS");
    expect(envName("dataDir")).toBe("TELLERRAND_DATA_DIR");
  });

  it("masks secret-looking keys at any depth and keeps the rest", () => {
    const masked = maskSecrets({ a: { apiKey: "k", password: "p", name: "n" }, token: "" });
    expect(masked).toEqual({
      a: { apiKey: "********", password: "********", name: "n" },
      token: "",
    });
  });
});

describe("boolean config values from the environment", () => {
  it("reads true/false words and rejects anything else by name", () => {
    const base = { TELLERRAND_CONFIG: "/nonexistent" };
    expect(
      loadConfig({}, { ...base, TELLERRAND_FEEDS_ALLOW_PRIVATE_NETWORKS: "yes" }).config.feeds
        .allowPrivateNetworks,
    ).toBe(true);
    expect(
      loadConfig({}, { ...base, TELLERRAND_FEEDS_ALLOW_PRIVATE_NETWORKS: "0" }).config.feeds
        .allowPrivateNetworks,
    ).toBe(false);
    expect(() =>
      loadConfig({}, { ...base, TELLERRAND_FEEDS_ALLOW_PRIVATE_NETWORKS: "maybe" }),
    ).toThrow(/TELLERRAND_FEEDS_ALLOW_PRIVATE_NETWORKS="maybe" is not true or false/);
  });
});
