/**
 * Curated German and English lexicons that are added to the model's logit. The model learns
 * from news; these lists carry what news cannot teach reliably: which words are partisan (and
 * count at both levels), which are public-policy words (count only at `strict`), and which
 * professional contexts make a policy-sounding text ordinary work ("travel policy", "CEO",
 * "Steuerberatung"). Syntax per entry: `word` = whole word, `word*` = word starting with,
 * `two words` = the words in sequence (up to three, whole words). Matching is on lower-cased
 * NFKC tokens, so case and compatibility forms do not matter.
 *
 * Words that are ordinary in business are left out on purpose, however political they sound
 * elsewhere: "president" (Vice President of Sales), "congress" (Mobile World Congress),
 * "migration" (cloud migration), "wahl" (erste Wahl = first choice), "bill" (invoice).
 */

/** Partisan: parties, politicians' roles, elections, parliaments, culture-war topics. */
// biome-ignore format: a word list reads better packed
export const PARTISAN_TERMS: readonly string[] = [
  "cdu", "csu", "spd", "fdp", "afd", "bsw", "grünen", "linkspartei", "die linke", "övp", "fpö",
  "spö", "neos", "unionsparteien", "ampelkoalition", "ampel-koalition", "groko", "labour",
  "tories", "tory", "lib dems", "liberal democrats", "snp", "ukip", "reform uk", "democrats",
  "republicans", "gop", "democratic party", "republican party", "maga", "bundeskanzler*",
  "kanzlerin", "kanzlerkandidat*", "ministerpräsident*", "bundespräsident*", "bundesminister*",
  "innenminister*", "außenminister*", "finanzminister*", "abgeordnete*", "oppositionsführer*",
  "spitzenkandidat*", "parteichef*", "parteivorsitz*", "bürgermeister*", "prime minister",
  "chancellor", "mps", "mp", "senator", "senators", "congressman", "congresswoman", "governor",
  "shadow chancellor", "home secretary", "foreign secretary", "opposition leader", "party leader",
  "politician*", "politiker*", "minister", "ministerin", "election", "elections", "wahlkampf*",
  "bundestagswahl*", "landtagswahl*", "europawahl*", "kommunalwahl*", "präsidentschaftswahl*",
  "wahlen", "wähler*", "wahlprogramm*", "umfragewerte", "voter*", "ballot*", "polling", "polls",
  "campaign trail", "midterm*", "electoral", "re-election", "referendum", "volksabstimmung",
  "koalition*", "coalition", "wahlsieg*", "wahlniederlage*", "stimmzettel", "manifesto",
  "primaries", "neuwahl*", "wahlplakat*", "wahlbeteiligung", "vote", "votes", "voting", "mayor",
  "candidate", "candidates", "nominee", "kandidat*", "culture war", "kulturkampf", "legislature",
  "state legislature", "by-election*", "fünfprozenthürde", "misstrauensvotum", "no-confidence",
  "confidence vote", "impeachment", "bundestag*", "bundesrat*", "nationalrat*", "landtag*",
  "parlament*", "parliament*", "house of commons", "house of lords", "westminster",
  "downing street", "white house", "kremlin", "kreml", "senate", "bundesregierung", "regierung*",
  "government", "opposition", "kabinett*", "cabinet", "partei*", "parteitag*", "politik",
  "politics", "political", "politisch*", "abortion", "abtreibung*", "gun control", "woke",
  "wokeness", "gendern", "genderstern*", "leitkultur", "asyl*", "asylum", "flüchtling*",
  "refugee*", "einwanderung*", "immigration", "immigrants", "abschiebung*", "deportation*",
  "klimakleber", "populis*", "rechtsextrem*", "linksextrem*", "far-right", "far right",
  "left-wing", "right-wing", "nazi*", "demo gegen", "protest gegen",
  // Austrian and Swiss politics, and government roles (chosen by 5-fold CV on German news)
  "vizekanzler*", "klubobmann", "klubobfrau", "klubchef*", "landeshauptmann", "landeshauptfrau",
  "landeshauptleute*", "landesrat", "landesrätin", "landesregierung*", "staatssekretär*",
  "sozialminister*", "verteidigungsminister*", "justizminister*", "gesundheitsminister*",
  "bildungsminister*", "unterrichtsminister*", "familienminister*", "frauenminister*",
  "integrationsminister*", "regierungschef*", "premierminister*", "staatschef*",
  "präsidentschaftskandidat*", "ministerrat*", "volksbefragung*", "volksbegehren*",
  "nationalratswahl*", "gemeinderatswahl*", "bundespräsidentenwahl*", "stichwahl", "parteiobmann",
  "parteiobfrau", "bundesparteiobmann", "freiheitliche*", "sozialdemokrat*", "christdemokrat*",
  "kpö", "team stronach", "ständerat*", "bundesrätin", "pegida", "oppositionspartei*",
  "regierungspartei*", "koalitionspartner*", "regierungsbildung", "untersuchungsausschuss*",
];

/** Strict only: public policy, legislation, regulation, geopolitics. */
// biome-ignore format: a word list reads better packed
export const POLICY_TERMS: readonly string[] = [
  "gesetz", "gesetze", "gesetzentwurf*", "gesetzgebung*", "gesetzgeber", "legislation",
  "legislative", "lawmakers", "draft law", "new law", "regulierung*", "regulation", "regulations",
  "regulator*", "verordnung*", "eu-kommission", "european commission", "eu commission", "brüssel",
  "brussels", "sanktion*", "sanction*", "nato", "un-sicherheitsrat", "security council",
  "geopoliti*", "außenpolitik*", "foreign policy", "treaty", "diplomat*", "ministerium*",
  "ministry", "tariff*", "zölle", "strafzölle", "handelskrieg*", "trade war", "public policy",
  "policy makers", "policymakers", "haushaltsentwurf*", "bundeshaushalt*", "steuerreform*",
  "tax reform", "rentenreform*", "pension reform", "mindestlohn*", "minimum wage", "subsidies",
  "subventionen", "ai act", "digital markets act", "dsa", "supreme court", "verfassungsgericht*",
  "krieg", "wars", "invasion", "ukraine*", "gaza", "israel", "russland", "russia", "china-politik",
  "klimapolitik*", "climate policy", "energiepolitik*", "bürgergeld", "waffenlieferung*", "law",
  "laws", "sozialpolitik*", "migrationspolitik*", "wirtschaftspolitik*", "mindestsicherung",
  "waffenruhe", "waffenstillstand", "ausnahmezustand", "separatist*", "friedensgespräch*",
  "sicherheitsrat", "außenministerium", "innenministerium",
];

/** Professional contexts that merely touch policy or power: they pull a text back to work. */
// biome-ignore format: a word list reads better packed
export const PROFESSIONAL_TERMS: readonly string[] = [
  "travel policy", "expense policy", "privacy policy", "company policy", "return policy",
  "security policy", "cookie policy", "remote work policy", "policy template", "hr policy",
  "reiserichtlinie*", "reisekostenrichtlinie*", "datenschutzerklärung", "richtlinie*",
  "compliance", "workshop*", "webinar*", "keynote*", "ceo", "cto", "cfo", "coo", "founder*",
  "gründer*", "startup*", "start-up*", "hiring", "we're hiring", "wir stellen ein", "team",
  "teams", "kunden", "customers", "clients", "produkt*", "product", "release", "roadmap",
  "meetup*", "konferenz", "conference", "talk", "vortrag", "steuerberatung*", "steuerberater*",
  "beratung", "consulting", "onboarding", "saas", "b2b", "use case*", "best practice*",
  "lessons learned", "kpi*", "okr*", "agile", "scrum", "networking", "karriere*", "career", "job",
  "stelle", "bewerbung*", "schulung*", "training", "zertifizierung*", "certification", "audit",
  "iso", "marketing campaign", "ad campaign", "email campaign", "kampagne", "marketingkampagne",
  "retrospective", "retrospektive", "data retention", "implementation", "umsetzung", "tool*",
  "software", "api", "cloud",
];

/** Logit weights per layer: partisan words are strong, work contexts pull back hard. */
export const LEXICON_WEIGHTS = {
  partisan: 2.5,
  policyAtStrict: 2.0,
  professional: -1.2,
  /** Sum of all lexicon hits is clipped to this range, so a list never drowns the model. */
  min: -3,
  max: 4,
  /** Texts up to this many tokens get the full lexicon weight (see Scorer). */
  fullUntil: 80,
} as const;
