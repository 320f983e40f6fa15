/**
 * Why a person is suggested, in words (English or German): relevance and the shared topics,
 * distance from the current work, how rare their segment is in the network, and whether the
 * list took them to widen it.
 */
import type { Segments } from "../people/bridge.js";
import { FUNCTION_LABELS_DE } from "../taxonomy-de.js";
import type { PeopleDiscovery, PersonCandidate, PersonSuggestion } from "./people.js";
import { type DiscoveryLang, fixed } from "./topics.js";

type Scored = Omit<PersonSuggestion, "reason">;

function diversityNote(s: Scored, ranking: PeopleDiscovery["ranking"], lang: DiscoveryLang) {
  if (!s.forDiversity) return "";
  const full = ranking.capped
    .map((k) => k.replace(":", " "))
    .slice(0, 3)
    .join(", ");
  if (lang === "de") {
    const capped =
      full === ""
        ? ""
        : `; ${full} hatte schon ${ranking.cap} Vorschl${ranking.cap === 1 ? "ag" : "äge"}`;
    return `; für Vielfalt gewählt (Rang nach Punkten ${s.scoreRank}): erweitert die Funktionen und Branchen deines Netzwerks${capped}`;
  }
  const capped =
    full === ""
      ? ""
      : `; ${full} already had ${ranking.cap} suggestion${ranking.cap === 1 ? "" : "s"}`;
  return `; picked for diversity (score rank ${s.scoreRank}): widens the functions and industries your network holds${capped}`;
}

function germanReason(c: PersonCandidate, s: Scored, segs: Segments, diverse: string): string {
  const f = (x: number) => fixed(x, "de");
  const topics = s.shared.length > 0 ? ` (gemeinsame Themen: ${s.shared.join(", ")})` : "";
  const fn = segs.function === null ? null : (FUNCTION_LABELS_DE[segs.function] ?? segs.function);
  // The relative pronoun follows the noun's gender: "das" for Segment, "die" for Funktion.
  const [rare, which] = fn === null ? ["ein Segment", "das"] : [`die Funktion „${fn}“`, "die"];
  const bridge =
    s.bridge >= 0.5
      ? `${rare}, ${which} dein Netzwerk selten erreicht (Brückenwert ${f(s.bridge)})`
      : `${rare}, ${which} dein Netzwerk schon abdeckt (Brückenwert ${f(s.bridge)})`;
  const work =
    s.beyondWork >= 0.7
      ? `jenseits deiner aktuellen Arbeit (${f(s.beyondWork)})`
      : `nah an deiner aktuellen Arbeit (${f(s.beyondWork)} jenseits)`;
  return `Relevanz ${f(s.relevance)}${topics}; ${work}; ${bridge}; Neuheit ${f(s.novelty)}${diverse}. Quelle: ${c.via}.`;
}

/**
 * The reason of one suggestion.
 *
 * @example
 * personReason(candidate, scored, segments, ranking, "de"); // "Relevanz 0,42 (gemeinsame Themen: …"
 */
export function personReason(
  c: PersonCandidate,
  s: Scored,
  segs: Segments,
  ranking: PeopleDiscovery["ranking"],
  lang: DiscoveryLang = "en",
): string {
  const diverse = diversityNote(s, ranking, lang);
  if (lang === "de") return germanReason(c, s, segs, diverse);
  const f2 = (x: number) => x.toFixed(2);
  const topics = s.shared.length > 0 ? ` (shared topics: ${s.shared.join(", ")})` : "";
  const rare = segs.function !== null ? `function "${segs.function}"` : "segment";
  const bridge =
    s.bridge >= 0.5
      ? `a ${rare} your network rarely reaches (bridge ${f2(s.bridge)})`
      : `a ${rare} your network already covers (bridge ${f2(s.bridge)})`;
  const work =
    s.beyondWork >= 0.7
      ? `beyond your current work (${f2(s.beyondWork)})`
      : `close to your current work (beyond-work ${f2(s.beyondWork)})`;
  return `Relevance ${f2(s.relevance)}${topics}; ${work}; ${bridge}; novelty ${f2(s.novelty)}${diverse}. From: ${c.via}.`;
}
