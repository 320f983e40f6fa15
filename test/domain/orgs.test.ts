import { describe, expect, it } from "vitest";
import { canonicalOrganization, SELF_EMPLOYED_KEY } from "../../src/domain/orgs/index.js";

const key = (name: string) => canonicalOrganization(name)?.key;

describe("canonicalOrganization", () => {
  it.each(["", "   ", "NA", "N/A", "n/a", "-", "--"])("returns null for placeholder %j", (name) => {
    expect(canonicalOrganization(name)).toBeNull();
  });

  it.each([
    [["SAP SE", "SAP", "sap se.", "  SAP  SE "], "sap"],
    [["Deutsche Telekom AG", "Deutsche Telekom", "DEUTSCHE TELEKOM"], "deutsche telekom"],
    [["Robert Bosch GmbH", "Robert Bosch"], "robert bosch"],
    [["Porsche Holding GmbH & Co. KG", "Porsche Holding"], "porsche holding"],
    [["Henkel AG & Co. KGaA", "Henkel"], "henkel"],
    [["Meine Firma UG (haftungsbeschränkt)", "Meine Firma UG"], "meine firma"],
    [["Sportverein e.V.", "Sportverein eV"], "sportverein"],
    [["Volksbank eG", "Volksbank"], "volksbank"],
    [["Müller OHG", "Müller KG", "Müller GbR", "Müller mbH"], "muller"],
    [["Apple Inc.", "Apple Inc", "Apple"], "apple"],
    [["Microsoft Corporation", "Microsoft Corp.", "Microsoft"], "microsoft"],
    [["Tesco PLC", "Tesco plc"], "tesco"],
    [["Acme Ltd.", "Acme Limited", "ACME LLC", "Acme LLP", "Acme Co."], "acme"],
    [["Atlassian Pty Ltd", "Atlassian"], "atlassian"],
    [
      ["Tata Consultancy Services Pvt. Ltd.", "Tata Consultancy Services"],
      "tata consultancy services",
    ],
    [["Banco Santander, S.A.", "Banco Santander SA"], "banco santander"],
    [["Capgemini S.A.S.", "Capgemini SAS"], "capgemini"],
    [["Glovo S.L.", "Glovo"], "glovo"],
    [["Philips N.V.", "Philips B.V.", "Philips"], "philips"],
    [["Volvo AB", "Volvo"], "volvo"],
    [["Maersk A/S", "Maersk AS"], "maersk"],
    [["Nokia Oy", "Nokia Oyj"], "nokia"],
    [["Fiat S.p.A.", "Fiat"], "fiat"],
    [["Luxottica S.r.l.", "Luxottica"], "luxottica"],
  ])("gives %j the key %s", (names, expected) => {
    for (const name of names) expect(key(name)).toBe(expected);
  });

  it("keeps names that merely start with a legal-form token", () => {
    expect(key("AB InBev")).toBe("ab inbev");
    expect(key("SE Systems GmbH")).toBe("se systems");
  });

  it("folds full-width characters and case (NFKC)", () => {
    expect(key("ＳＡＰ ＳＥ")).toBe("sap");
  });

  it("keeps the ampersand inside names", () => {
    expect(key("Johnson & Johnson")).toBe("johnson & johnson");
    expect(key("Procter & Gamble Co.")).toBe("procter & gamble");
  });

  it("gives a tidy display label with the original casing", () => {
    expect(canonicalOrganization("Deutsche Telekom AG")?.display).toBe("Deutsche Telekom");
    expect(canonicalOrganization("  Robert   Bosch GmbH ")?.display).toBe("Robert Bosch");
    expect(canonicalOrganization("Apple Inc.")?.display).toBe("Apple");
    expect(canonicalOrganization("Porsche Holding GmbH & Co. KG")?.display).toBe("Porsche Holding");
  });

  it.each([
    "Self-employed",
    "Self Employed",
    "self employed",
    "Freelance",
    "Freelancer",
    "Selbstständig",
    "selbständig",
    "Freiberuflich",
    "Freiberufler",
    "Freiberufler:in",
    "Inhaber",
    "Inhaberin",
    "Independent Consultant",
  ])("recognises %j as self-employed", (name) => {
    expect(canonicalOrganization(name)).toEqual({
      key: SELF_EMPLOYED_KEY,
      display: "Self-employed",
      selfEmployed: true,
    });
  });

  it("does not call ordinary companies self-employed", () => {
    expect(canonicalOrganization("Freelance Collective GmbH")?.selfEmployed).toBe(false);
    expect(canonicalOrganization("SAP SE")?.selfEmployed).toBe(false);
  });
});
