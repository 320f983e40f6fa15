import type { Context } from "hono";
import { html } from "hono/html";
import type { App } from "../../app.js";
import type { HorizonReport } from "../../domain/horizon/index.js";
import { reportsPerSnapshot, type SnapshotReport } from "../data/history.js";
import { type NextStep, nextSteps } from "../data/next-steps.js";
import type { DashboardEnv, DashboardPage } from "../env.js";
import { HttpError } from "../http/errors.js";
import type { Translator } from "../i18n/index.js";
import { emptyState, nextStepText } from "../views/common.js";
import { type Html, layout } from "../views/layout.js";
import { rawSvg } from "../views/raw-svg.js";
import { barChartSvg, lineChartSvg } from "../views/svg-charts.js";

interface OverviewModel {
  report: HorizonReport;
  trend: SnapshotReport[];
  steps: NextStep[];
}

async function overviewModel(app: App): Promise<OverviewModel | null> {
  const trend = await reportsPerSnapshot(app);
  const latest = trend.at(-1);
  if (latest === undefined) return null;
  return { report: latest.report, trend, steps: nextSteps(latest.report) };
}

function scoreSection(t: Translator, report: HorizonReport): Html {
  const { value, parts } = report.horizonScore;
  const label = (p: (typeof parts)[number]) => t.label("part", p.key, p.label);
  const chart = barChartSvg(
    parts.map((p) => ({
      label: label(p),
      fraction: p.value,
      valueText: p.weight === 0 ? "n/a" : `${t.num(p.points)} pts`,
    })),
    `${t("overview.parts")}: ${parts.map((p) => `${label(p)} ${t.pct(p.value)}`).join(", ")}`,
  );
  const rows = parts.map(
    (p) =>
      html`<tr><td>${label(p)}</td><td class="num">${t.num(p.value, 2)}</td><td class="num">${p.weight}</td><td class="num">${t.num(p.points)}</td><td lang="en">${p.explanation}</td></tr>`,
  );
  return html`<section aria-labelledby="score-h"><h2 id="score-h">${t("overview.score")}</h2>
<p class="score" id="score-value">${Math.round(value)}<span class="muted"> / 100</span></p>
<h3>${t("overview.parts")}</h3><figure>${rawSvg(chart)}<figcaption>${t("overview.partsCaption")}</figcaption></figure>
<table id="score-parts"><thead><tr><th>${t("overview.part")}</th><th class="num">${t("overview.value")}</th><th class="num">${t("overview.weight")}</th><th class="num">${t("overview.points")}</th><th>${t("overview.why")}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function trendSection(t: Translator, trend: SnapshotReport[]): Html {
  const scores = trend.map((s) => s.report.horizonScore.value);
  const chart = lineChartSvg(
    trend.map((s) => s.snapshot.asOf),
    [{ name: t("overview.score"), color: "#1f5f99", values: scores }],
    {
      ariaLabel: `${t("overview.trendChart")}: ${trend.map((s, i) => `${s.snapshot.asOf} ${Math.round(scores[i] ?? 0)}`).join(", ")}`,
      yMax: 100,
      format: (v) => v.toFixed(0),
    },
  );
  const rows = trend.map(
    (s) =>
      html`<tr><td>${s.snapshot.asOf}</td><td class="num">${s.report.contacts}</td><td class="num">${Math.round(s.report.horizonScore.value)}</td></tr>`,
  );
  return html`<section aria-labelledby="trend-h"><h2 id="trend-h">${t("overview.trend")}</h2>
<figure>${rawSvg(chart)}<figcaption>${t("overview.trendCaption")}</figcaption></figure>
<table id="trend"><thead><tr><th>${t("overview.snapshot")}</th><th class="num">${t("overview.contacts")}</th><th class="num">${t("overview.score")}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function overviewBody(t: Translator, m: OverviewModel): Html {
  const steps = m.steps.map((s) => html`<li data-part="${s.part}">${nextStepText(t, s)}</li>`);
  return html`<p class="muted">${t("overview.asOf", { date: m.report.asOf, n: m.report.contacts })}. ${t("overview.ownShare", { pct: t.pct(m.report.ownEmployerShare) })}</p>
<section aria-labelledby="next-h"><h2 id="next-h">${t("overview.next")}</h2><ol class="next" id="next-steps">${steps}</ol></section>
${scoreSection(t, m.report)}${trendSection(t, m.trend)}`;
}

async function page(c: Context<DashboardEnv>) {
  const t = c.var.t;
  const model = await overviewModel(c.var.deps.app());
  const body = model === null ? emptyState(t) : overviewBody(t, model);
  return c.html(layout(c, { title: t("overview.title"), body }));
}

async function api(c: Context<DashboardEnv>) {
  const model = await overviewModel(c.var.deps.app());
  if (model === null) throw new HttpError(404, "not-found", "nothing imported yet");
  return c.json({
    report: model.report,
    trend: model.trend.map((s) => ({
      snapshotId: s.snapshot.id,
      asOf: s.snapshot.asOf,
      contacts: s.report.contacts,
      score: s.report.horizonScore.value,
    })),
    nextSteps: model.steps.map((s) => ({
      part: s.part,
      gain: s.gain,
      message: s.message,
      text: nextStepText(c.var.t, s),
    })),
  });
}

/** The overview: horizon score with its parts, its trend per snapshot, three next steps. */
export const overviewPage: DashboardPage = {
  path: "/",
  nav: "nav.overview",
  routes(app) {
    app.get("/", page);
    app.get("/api/report", api);
  },
};
