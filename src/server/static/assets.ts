/**
 * The dashboard's only stylesheet and script, served from `/static/` so the
 * Content-Security-Policy can forbid every inline style and script. Kept as strings so the
 * build needs no copy step.
 */
export const APP_CSS = `
:root{--ink:#1a1a1a;--muted:#4a4a4a;--accent:#1f5f99;--line:#d0d0d0;--warn:#8a4b00;--bad:#a30000;--ok:#1d6b2f}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff;margin:0}
a{color:var(--accent)}a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f5b400;outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px}
header.top{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;padding:8px 24px;border-bottom:1px solid var(--line)}
.brand{font-weight:700}
nav{display:flex;gap:1rem;align-items:center;flex:1}nav ul{display:flex;gap:1rem;list-style:none;margin:0;padding:0}
nav a[aria-current=page]{font-weight:700;text-decoration:none;border-bottom:3px solid var(--accent)}
form.inline{display:inline-flex;gap:.4rem;align-items:center}
main{max-width:960px;margin:0 auto;padding:24px}footer{max-width:960px;margin:0 auto;padding:0 24px 24px}
h1{font-size:1.8rem;margin:0 0 .5rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
.muted{color:var(--muted)}.warn{color:var(--warn)}.score{font-size:3rem;font-weight:700;color:var(--accent);margin:.5rem 0}
.notice{padding:8px 12px;border-left:4px solid var(--accent);background:#eef2f6}.notice.error{border-color:var(--bad);background:#fbeaea}
figure{margin:1rem 0}figcaption{font-size:.9rem;color:var(--muted)}svg text{font:13px system-ui,sans-serif}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e4e4e4;vertical-align:top}
td.num,th.num{text-align:right;white-space:nowrap}
label{display:block;font-weight:600;margin:.5rem 0 .2rem}form.inline label{display:inline;margin:0}
input[type=text],input[type=url],input[type=password]{width:100%;max-width:32rem;padding:6px;border:1px solid #767676;border-radius:4px}
button{padding:6px 12px;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:4px;cursor:pointer}
button.danger{background:var(--bad);border-color:var(--bad)}
.grid{max-width:100%;height:auto}.grid a:focus rect,.grid a:hover rect{stroke:#f5b400;stroke-width:3}
ol.next li{margin:.4rem 0}.article{border-bottom:1px solid #e4e4e4;padding:.5rem 0}
.js .js-hide{display:none}
textarea{width:100%;max-width:40rem;padding:6px;border:1px solid #767676;border-radius:4px;font:inherit}
input[type=search]{width:100%;max-width:24rem;padding:6px;border:1px solid #767676;border-radius:4px}
input[type=range]{width:100%;max-width:24rem}
fieldset{border:1px solid var(--line);border-radius:4px;padding:.5rem 1rem}
form.marks{display:flex;flex-wrap:wrap;gap:.3rem}form.marks button,.actions button{padding:3px 8px;font-size:.85rem}
button[aria-pressed=true]{background:#fff;color:var(--accent);font-weight:700}
button.secondary{background:#fff;color:var(--accent)}
.small{font-size:.85rem}.mark{color:var(--ok)}
.advice-accept{color:var(--ok)}.advice-decline{color:var(--bad)}
ol.digest{padding-left:1.2rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
.card{border:1px solid var(--line);border-radius:6px;padding:.5rem .8rem}.card h3{margin:.2rem 0}
pre.post{white-space:pre-wrap;word-break:break-word;font:inherit;background:#f6f6f6;padding:.5rem;border-radius:4px}
.badge{display:inline-block;padding:0 .4rem;border:1px solid var(--line);border-radius:3px;font-size:.85rem}
.verdict-blocked{color:var(--bad);border-color:var(--bad)}.verdict-allowed{color:var(--ok)}
ul.counters{list-style:none;padding:0}.counters output.over{color:var(--bad);font-weight:700}
.actions{display:flex;flex-wrap:wrap;gap:.4rem;align-items:end}.actions label{display:block;font-weight:400}
`;

/** Progressive enhancement only: every page works without it. */
export const APP_JS = `"use strict";
document.documentElement.classList.add("js");
document.addEventListener("change", function (e) {
  var el = e.target;
  var auto = (el instanceof HTMLSelectElement || el instanceof HTMLInputElement) && el.hasAttribute("data-autosubmit");
  if (auto && el.form) el.form.submit();
});
document.addEventListener("input", function (e) {
  var el = e.target;
  if (!(el instanceof HTMLInputElement) || el.type !== "range" || !el.id) return;
  var out = document.querySelector('output[for="' + el.id + '"]');
  if (out) out.textContent = Number(el.value).toLocaleString(document.documentElement.lang, { minimumFractionDigits: 1 });
});
document.addEventListener("submit", function (e) {
  var form = e.target;
  var question = form instanceof HTMLFormElement ? form.getAttribute("data-confirm") : null;
  if (question && !window.confirm(question)) e.preventDefault();
});
`;

/** The tab icon: without one every browser asks for `/favicon.ico` and logs a 404. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><ellipse cx="16" cy="18" rx="14" ry="8" fill="#1f5f99"/><ellipse cx="16" cy="17" rx="9" ry="4.5" fill="#fff"/></svg>`;

/**
 * The outbox's live counters: while the person types, the text and link go to
 * `/api/publishing/count` (with the form's CSRF token) and each network's counter shows the
 * room left. Debounced; a failed request leaves the counters as they were (the server counts
 * again when the drafts are made).
 */
export const COMPOSE_JS = `"use strict";
(function () {
  var form = document.getElementById("compose-form");
  if (!(form instanceof HTMLFormElement)) return;
  var endpoint = form.getAttribute("data-count");
  var units = JSON.parse(form.getAttribute("data-units") || "{}");
  var timer = 0;
  var seq = 0;
  // The sentences come from the page (the person's language): "{left} of {limit} {unit} left".
  function label(c) {
    var template = form.getAttribute(c.remaining >= 0 ? "data-room" : "data-over") || "";
    var values = { left: c.remaining, over: -c.remaining, limit: c.limit, unit: units[c.unit] || c.unit };
    return template.replace(/\\{(\\w+)\\}/g, function (whole, name) {
      return name in values ? String(values[name]) : whole;
    });
  }
  function update() {
    var mine = ++seq;
    fetch(endpoint, { method: "POST", body: new URLSearchParams(new FormData(form)), credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data || mine !== seq) return;
        data.counts.forEach(function (n) {
          var out = document.getElementById("live-" + n.network);
          if (!out) return;
          out.textContent = label(n.count);
          out.classList.toggle("over", !n.count.ok);
        });
      })
      .catch(function () {});
  }
  form.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  update();
})();
`;
