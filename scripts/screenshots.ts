/**
 * Screenshots of every dashboard page, for the notes that describe them in words (issue 8).
 * What a new user would do, through the real CLI: a fresh data folder, the bundled sample
 * exports imported, three feeds served on loopback (a tech blog in English, a German trade
 * magazine, a news feed with politics) added and fetched, a draft composed; then
 * `tellerrand serve`, logged in with the one-time link, each page opened in Debian's headless
 * Chromium (playwright-core) at 1280 px wide and saved as a full-page PNG.
 *
 * Run: npx tsx scripts/screenshots.ts [--out DIR] [--lang en|de]
 */
import { execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs, promisify } from "node:util";
import { chromium } from "playwright-core";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: join(tmpdir(), "tellerrand-screenshots") },
    lang: { type: "string", default: "en" },
  },
});

const PAGES = [
  "/",
  "/network",
  "/triage",
  "/invitations",
  "/discover",
  "/discover?kind=topics",
  "/digest",
  "/feeds",
  "/outbox",
  "/import",
  "/settings",
];

type Item = [title: string, text: string];
const FEEDS: Record<string, { title: string; lang: string; items: Item[] }> = {
  "/tech.xml": {
    title: "Platform Notes",
    lang: "en",
    items: [
      [
        "Running Kafka consumers without rebalance storms",
        "Static membership and cooperative rebalancing keep consumer groups stable during deploys; we measured the pause per deploy before and after.",
      ],
      [
        "What an open data portal needs from its data platform",
        "Cities publish hundreds of datasets; versioning, schemas and a catalogue matter more than the storage engine.",
      ],
      [
        "Product discovery with real usage data",
        "Product managers who read event data weekly find problems earlier; a small data platform makes it cheap.",
      ],
      [
        "Cost per query: a practical FinOps dashboard",
        "We attribute warehouse cost to teams and queries, which changed what people build.",
      ],
      [
        "Sustainable data centres: measuring energy per request",
        "Energy per request is a number engineers can act on; here is how we measure it.",
      ],
    ],
  },
  "/fachmagazin.xml": {
    title: "Digitale Stadt",
    lang: "de",
    items: [
      [
        "Offene Daten in der Stadtentwicklung: was Kommunen lernen",
        "Drei Städte zeigen, wie Datenplattformen die Planung von Quartieren verändern und welche Standards sich bewähren.",
      ],
      [
        "Nachhaltigkeitsberichte mit Daten statt Folien",
        "Die neue Berichtspflicht verlangt belastbare Kennzahlen; ein Datenmodell hilft mehr als ein weiteres Tool.",
      ],
      [
        "Produktmanagement im öffentlichen Sektor",
        "Verwaltungen führen Produktrollen ein; Erfahrungen aus zwei Jahren mit digitalen Bürgerdiensten.",
      ],
      [
        "Smart City ohne Lock-in: offene Schnittstellen",
        "Wer Sensoren und Plattformen beschafft, sollte offene Schnittstellen verlangen, damit Daten nutzbar bleiben.",
      ],
    ],
  },
  "/news.xml": {
    title: "Morning Briefing",
    lang: "en",
    items: [
      [
        "Coalition talks collapse as parties trade blame before the election",
        "The opposition leader accused the chancellor of breaking promises as the coalition partners failed to agree on the budget ahead of the vote.",
      ],
      [
        "Bundestag streitet über Koalitionsvertrag und Wahlrecht",
        "Die Fraktionen werfen sich gegenseitig Wortbruch vor; die Opposition fordert Neuwahlen.",
      ],
      [
        "Chip maker opens research centre for energy-efficient AI",
        "The centre will employ 300 engineers and work with universities on low-power accelerators.",
      ],
      [
        "Logistics firms test electric trucks on long routes",
        "Early results show lower running costs; charging at depots remains the bottleneck.",
      ],
    ],
  },
};

/** An attendee list, as `candidates import` takes it (people the person met at two events). */
const ATTENDEES = `name,title,company,profile url,note
Jana Krüger,Stadtplanerin,Stadt Leipzig,https://www.linkedin.com/in/jana-krueger-demo,Open Data Day Leipzig: talk on data for urban development
Tomasz Nowak,Head of Legal,Urban Lab e.V.,https://www.linkedin.com/in/tomasz-nowak-demo,Open Data Day Leipzig: licences for open data
Amira Haddad,Sustainability Manager,GreenGrid GmbH,https://www.linkedin.com/in/amira-haddad-demo,Smart City Expo: energy data platforms
Lukas Brandt,Data Engineer,Datenwerk GmbH,https://www.linkedin.com/in/lukas-brandt-demo,Smart City Expo: streaming sensor data
Sofia Marino,Product Owner,Stadtwerke Nord,https://www.linkedin.com/in/sofia-marino-demo,Smart City Expo: open data portal product
Henrik Olsen,Journalist,Zeitung am Morgen,https://www.linkedin.com/in/henrik-olsen-demo,Open Data Day Leipzig: data journalism
Mei Chen,UX Researcher,Designwerk,https://www.linkedin.com/in/mei-chen-demo,Open Data Day Leipzig: usable city dashboards
Paul Schneider,Sales Director,Logistik Plus AG,https://www.linkedin.com/in/paul-schneider-demo,Sales Kickoff 2026
Ines Vogel,Referentin Digitalisierung,Bundesamt für Statistik,https://www.linkedin.com/in/ines-vogel-demo,Forum Datenplattformen in der Verwaltung
David Okafor,Venture Capital Associate,Climate Ventures,https://www.linkedin.com/in/david-okafor-demo,Smart City Expo: investing in civic tech
`;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function rss(path: string, origin: string): string {
  const feed = FEEDS[path];
  if (feed === undefined) return "";
  const items = feed.items.map(([title, text], i) => {
    const date = new Date(Date.now() - (i + 1) * 3_600_000).toUTCString();
    return `<item><guid>${path}#${i}</guid><title>${esc(title)}</title><link>${origin}/posts${path.replace(".xml", "")}/${i}</link><pubDate>${date}</pubDate><description>${esc(`<p>${text}</p>`)}</description></item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${feed.title}</title><link>${origin}/</link><language>${feed.lang}</language><description>${feed.title}</description>${items.join("")}</channel></rss>`;
}

const root = resolve(import.meta.dirname, "..");
const dataDir = mkdtempSync(join(tmpdir(), "tellerrand-shots-"));
const env = {
  ...process.env,
  TELLERRAND_DATA_DIR: dataDir,
  TELLERRAND_CONFIG: join(dataDir, "config.toml"),
  TELLERRAND_FEEDS_ALLOWED_HOSTS: "127.0.0.1",
  TELLERRAND_FEEDS_PER_HOST_DELAY_MS: "0",
  NO_COLOR: "1",
};
const cli = ["--import", "tsx", join(root, "src/cli/main.ts")];

/** Runs the CLI asynchronously: the loopback feed server lives in this process. */
async function run(...args: string[]): Promise<string> {
  try {
    const r = await promisify(execFile)(process.execPath, [...cli, ...args], { env, cwd: root });
    return r.stdout;
  } catch (error) {
    throw new Error(
      `tellerrand ${args.join(" ")} failed: ${(error as { stderr?: string }).stderr}`,
    );
  }
}

async function main(): Promise<void> {
  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host}`;
    const body = rss(req.url ?? "", origin);
    res.writeHead(body === "" ? 404 : 200, { "Content-Type": "application/rss+xml" });
    res.end(body === "" ? "not found" : body);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let serve: ReturnType<typeof spawn> | undefined;
  try {
    await run("import", join(root, "samples/Complete_LinkedInDataExport_11-20-2025.zip"));
    await run("import", join(root, "samples/Complete_LinkedInDataExport_11-20-2026.zip"));
    for (const path of Object.keys(FEEDS)) await run("feeds", "add", `${origin}${path}`);
    // What a person does first: say what they care about beyond their current work.
    await run(
      "config",
      "set",
      "profile.interests",
      "Open Data, Stadtentwicklung, Nachhaltigkeit, Datenplattformen, Product Management",
    );
    const attendees = join(dataDir, "attendees.csv");
    writeFileSync(attendees, ATTENDEES);
    await run("candidates", "import", attendees);
    await run("feeds", "fetch");
    await run(
      "compose",
      "--text",
      "Offene Daten machen Stadtentwicklung messbar: drei Lehren aus unserem Datenportal. #OpenData",
    );
    // Started last: a running server reads the config once (the Settings page reloads it).
    serve = spawn(process.execPath, [...cli, "serve", "--port", "0"], { env, cwd: root });
    await shoot(await loginUrl(serve));
  } finally {
    serve?.kill("SIGTERM");
    server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Waits for `serve` to print its one-time login link. */
function loginUrl(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((ok, fail) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Log in \(the link works once\): (\S+)/.exec(out);
      if (m?.[1] !== undefined) ok(m[1]);
    });
    child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    child.on("exit", (code) => fail(new Error(`serve exited with ${code}: ${out}`)));
  });
}

async function shoot(login: string): Promise<void> {
  mkdirSync(values.out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: values.lang === "de" ? "de-DE" : "en-GB",
    });
    const page = await context.newPage();
    await page.goto(login);
    const base = new URL(login).origin;
    for (const path of PAGES) {
      // A cold cache may answer "still computing": reload until the page is complete.
      for (let attempt = 0; attempt < 20; attempt++) {
        await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
        if ((await page.locator("meta[http-equiv=refresh]").count()) === 0) break;
        await page.waitForTimeout(1000);
      }
      const name = path === "/" ? "overview" : path.slice(1).replace(/\?kind=/, "-");
      const file = join(values.out, `${values.lang}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      // The first screen alone: long lists (triage) are unreadable as one full-page image.
      await page.screenshot({ path: file.replace(/\.png$/, "-top.png") });
      console.log(`${file} (${await page.title()})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
