/**
 * Renders a digest view as text, Markdown, e-mail-ready HTML (inline styles, no scripts, every
 * value escaped) or JSON. Pure string building.
 */

/** One shown item, as the person sees it. */
export interface DigestViewItem {
  id: number;
  title: string;
  url: string | null;
  source: string;
  kind: string | null;
  org: string | null;
  publishedAt: string;
  section: "core" | "beyond";
  topics: string[];
  /** The score and its factors, rounded. */
  why: {
    score: number;
    relevance: number;
    novelty: number;
    freshness: number;
    quality: number;
    taste: number;
  };
}

export interface DigestView {
  generatedAt: string;
  since: string;
  items: DigestViewItem[];
  hidden: Array<{ id: number; title: string; url: string | null; source: string; reason: string }>;
  counts: { candidates: number; visible: number; hidden: Record<string, number> };
}

export type DigestFormat = "text" | "md" | "html" | "json";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Only http(s) links reach the HTML: a feed could carry `javascript:` URLs. */
function safeUrl(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}

function sections(view: DigestView): Array<[string, DigestViewItem[]]> {
  return [
    ["Your digest", view.items.filter((i) => i.section === "core")],
    ["Beyond your work", view.items.filter((i) => i.section === "beyond")],
  ];
}

function whyLine(i: DigestViewItem): string {
  const w = i.why;
  return `score ${w.score.toFixed(3)} = relevance ${w.relevance.toFixed(2)} · novelty ${w.novelty.toFixed(2)} · freshness ${w.freshness.toFixed(2)} · quality ${w.quality.toFixed(2)} · taste ${w.taste.toFixed(2)}`;
}

function hiddenSummary(view: DigestView): string {
  const parts = Object.entries(view.counts.hidden)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`);
  return `${view.counts.candidates} candidates, ${view.items.length} shown${parts.length > 0 ? `; filtered: ${parts.join(", ")}` : ""}`;
}

function renderText(view: DigestView): string {
  const out: string[] = [`Digest since ${view.since.slice(0, 16).replace("T", " ")}`, ""];
  let n = 0;
  for (const [title, items] of sections(view)) {
    if (items.length === 0) continue;
    out.push(`${title}`);
    for (const i of items) {
      n++;
      out.push(`${String(n).padStart(3)}. ${i.title}  [#${i.id}]`);
      out.push(`     ${i.source}${i.org ? ` (${i.org})` : ""} · ${i.publishedAt.slice(0, 10)}`);
      if (i.topics.length > 0) out.push(`     topics: ${i.topics.join(", ")}`);
      if (i.url) out.push(`     ${i.url}`);
    }
    out.push("");
  }
  if (view.items.length === 0) out.push("nothing new for you", "");
  for (const h of view.hidden) out.push(`  ✗ ${h.title}  [#${h.id}] — ${h.reason}`);
  out.push(hiddenSummary(view));
  return `${out.join("\n")}\n`;
}

function renderMarkdown(view: DigestView): string {
  const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, "\\$1");
  const out: string[] = [`# Digest since ${view.since.slice(0, 10)}`, ""];
  for (const [title, items] of sections(view)) {
    if (items.length === 0) continue;
    out.push(`## ${title}`, "");
    for (const i of items) {
      const link = safeUrl(i.url);
      const head = link ? `[${md(i.title)}](<${link}>)` : md(i.title);
      out.push(`- ${head} — ${md(i.source)}, ${i.publishedAt.slice(0, 10)} (#${i.id})`);
      if (i.topics.length > 0) out.push(`  - topics: ${md(i.topics.join(", "))}`);
      out.push(`  - ${whyLine(i)}`);
    }
    out.push("");
  }
  if (view.hidden.length > 0) {
    out.push("## Hidden", "");
    for (const h of view.hidden) out.push(`- ${md(h.title)} (#${h.id}): ${md(h.reason)}`);
    out.push("");
  }
  out.push(`_${md(hiddenSummary(view))}_`);
  return `${out.join("\n")}\n`;
}

const STYLE = {
  body: "margin:0;padding:16px;background:#f6f6f4;font-family:Helvetica,Arial,sans-serif;color:#222",
  card: "max-width:640px;margin:0 auto;background:#ffffff;padding:16px 20px;border-radius:6px",
  h1: "font-size:20px;margin:0 0 12px 0",
  h2: "font-size:16px;margin:20px 0 8px 0;color:#555",
  item: "margin:0 0 14px 0",
  link: "color:#1a4f8b;font-size:15px;font-weight:bold;text-decoration:none",
  meta: "color:#777;font-size:12px;margin-top:2px",
  foot: "color:#999;font-size:11px;margin-top:20px",
};

function htmlItem(i: DigestViewItem): string {
  const link = safeUrl(i.url);
  const title = link
    ? `<a href="${esc(link)}" style="${STYLE.link}">${esc(i.title)}</a>`
    : `<span style="${STYLE.link}">${esc(i.title)}</span>`;
  const topics = i.topics.length > 0 ? ` · ${esc(i.topics.join(", "))}` : "";
  return `<div style="${STYLE.item}">${title}<div style="${STYLE.meta}">${esc(i.source)} · ${esc(i.publishedAt.slice(0, 10))}${topics}</div></div>`;
}

function renderHtml(view: DigestView): string {
  const body: string[] = [
    `<h1 style="${STYLE.h1}">Digest since ${esc(view.since.slice(0, 10))}</h1>`,
  ];
  for (const [title, items] of sections(view)) {
    if (items.length === 0) continue;
    body.push(`<h2 style="${STYLE.h2}">${esc(title)}</h2>`, ...items.map(htmlItem));
  }
  if (view.hidden.length > 0) {
    body.push(`<h2 style="${STYLE.h2}">Hidden</h2>`);
    for (const h of view.hidden)
      body.push(`<div style="${STYLE.meta}">${esc(h.title)}: ${esc(h.reason)}</div>`);
  }
  body.push(`<div style="${STYLE.foot}">${esc(hiddenSummary(view))}</div>`);
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Tellerrand digest</title></head>
<body style="${STYLE.body}"><div style="${STYLE.card}">
${body.join("\n")}
</div></body></html>
`;
}

/**
 * Renders the view in one of the four formats.
 *
 * @example
 * renderDigest(view, "html").includes("<script"); // false, whatever the feeds contain
 */
export function renderDigest(view: DigestView, format: DigestFormat): string {
  switch (format) {
    case "text":
      return renderText(view);
    case "md":
      return renderMarkdown(view);
    case "html":
      return renderHtml(view);
    case "json":
      return `${JSON.stringify(view, null, 2)}\n`;
  }
}
