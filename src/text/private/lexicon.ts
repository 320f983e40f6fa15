/**
 * Curated cues for private vs professional content, German and English. A positive weight
 * pushes towards private, a negative one towards professional. Terms are matched like topic
 * forms (NFKC, lower case, light plural folding, phrases as whole words). German compounds:
 * `*urlaub` also matches a word ending in it (`Familienurlaub`), `urlaub*` a word starting with
 * it (`Urlaubsmodus`); never inside a word, so `*hund` cannot fire on `hundert`. `=` marks a
 * case-sensitive term (`=KI`). Weights are hand-set, in logit units; see docs/text-private.md.
 */

/** `[term, weight]` */
export type Cue = readonly [term: string, weight: number];

// biome-ignore format: packed cue lists stay readable
const PRIVATE_EN: readonly Cue[] = [
  ["family", 1.6], ["my family", 1], ["wife", 1.8], ["husband", 1.8], ["partner and i", 1],
  ["girlfriend", 1.6], ["boyfriend", 1.6], ["kids", 1.6], ["children", 1.2], ["my son", 2],
  ["my daughter", 2], ["our son", 2], ["our daughter", 2], ["baby", 1.8], ["toddler", 1.8],
  ["mom", 1.6], ["mum", 1.6], ["mother", 1.2], ["dad", 1.6], ["father", 1], ["parents", 1],
  ["grandmother", 2], ["grandfather", 2], ["grandma", 2], ["grandpa", 2], ["grandparents", 2],
  ["sister", 1.4], ["brother", 1.4], ["cousin", 1.4], ["nephew", 1.6], ["niece", 1.6],
  ["in-law", 1.6], ["relatives", 1.6], ["twins", 1.6], ["birthday", 1.8], ["wedding", 2],
  ["married", 2], ["engaged", 1.2], ["honeymoon", 2.4], ["anniversary", 0.6], ["pregnancy", 2],
  ["pregnant", 2], ["due in", 0.8], ["was born", 1.6], ["vacation", 1.8], ["holiday", 1.2],
  ["holidays", 1.2], ["beach", 1.8], ["weekend", 1], ["sunday", 1.2], ["saturday", 1], ["trip", 1],
  ["road trip", 1.4], ["backpacking", 2], ["camping", 2], ["hike", 1.8], ["hiking", 1.6],
  ["ski", 1.6], ["kayaking", 2], ["fishing", 1.8], ["swim", 1.4], ["swimming", 1.4],
  ["bike ride", 1.6], ["marathon", 1], ["yoga", 1.6], ["tennis", 1.6], ["football", 1],
  ["garden", 1.6], ["balcony", 1.4], ["barbecue", 2], ["grilling", 2], ["baked", 1.6],
  ["baking", 1.6], ["recipe", 1.6], ["cooked", 1.4], ["pizza", 1.2], ["pancakes", 2],
  ["cake", 1.4], ["cookies", 1.4], ["dinner", 1], ["brunch", 1.8], ["wine", 1.2],
  ["coffee at home", 1.4], ["dog", 1.8], ["puppy", 2.4], ["cat", 1.6], ["kitten", 2.4],
  ["pet", 1.4], ["vet", 1.8], ["zoo", 2], ["playground", 2.4], ["kindergarten", 2],
  ["school play", 2], ["first tooth", 2.6], ["first steps", 2.4], ["tooth fairy", 2.6],
  ["sleeps through", 2.6], ["diapers", 2.6], ["christmas", 1.2], ["easter", 1.6],
  ["halloween", 1.6], ["thanksgiving", 1.6], ["new year's eve", 1.6], ["fireworks", 1.4],
  ["house", 0.6], ["moving boxes", 2], ["new flat", 1.6], ["old flat", 1.6], ["neighbours", 1.6],
  ["neighbour", 1.6], ["sick", 1.4], ["flu", 1.8], ["a cold", 1.8], ["hospital", 0.8],
  ["surgery", 1.6], ["dentist", 2], ["physio", 1.6], ["recovering", 1.2], ["funeral", 2],
  ["rest in peace", 2.6], ["passed away", 2.4], ["grieving", 2], ["loss of my", 1.6],
  ["divorce", 2.4], ["love you", 2.4], ["date night", 2.4], ["my best friend", 2],
  ["friends", 0.8], ["concert", 1.6], ["festival", 1], ["puzzle", 2], ["board games", 2],
  ["guitar", 1.8], ["piano", 1.6], ["knit", 2], ["painting", 1], ["movie night", 2.4],
  ["netflix", 1.8], ["couch", 1.8], ["nap", 1.6], ["sunset", 1.8], ["lake", 1.4],
  ["mountains", 1.2], ["forest", 1.2], ["snowman", 2.6], ["sourdough", 2.4], ["driving test", 2.4],
  ["treehouse", 2.6], ["retreat", 0.6], ["sabbatical", 1], ["parental leave starts", 1.6],
  ["out of office", 0.8], ["off to", 1], ["bliss", 1.6], ["heart is full", 2.6],
  ["so proud of him", 1.4], ["so proud of her", 1.4], ["phone off", 2],
  ["laptop stays at home", 2.6], ["no emails", 1.6], ["not a work post", 3],
  ["happy weekend", 1.6], ["day off", 1.6], ["travel diary", 2],
];

// biome-ignore format: packed cue lists stay readable
const PRIVATE_DE: readonly Cue[] = [
  ["*familie", 1.6], ["familien*", 1.2], ["meine frau", 2], ["mein mann", 2], ["*freundin", 1.2],
  ["freund", 0.8], ["*kinder", 1.6], ["kinder*", 1.4], ["mein sohn", 2], ["meine tochter", 2],
  ["unser sohn", 2], ["unsere tochter", 2], ["*baby", 2], ["baby*", 1.6], ["mama", 1.8],
  ["papa", 1.8], ["mutter", 1.2], ["vater", 1], ["eltern", 1.2], ["oma", 2], ["omas", 2],
  ["opa", 2], ["großeltern", 2], ["schwester", 1.4], ["bruder", 1.4], ["cousin", 1.4],
  ["cousins", 1.4], ["neffen", 1.8], ["nichte", 1.8], ["schwieger*", 1.6], ["verwandten", 1.6],
  ["zwillinge", 1.8], ["*geburtstag", 1.8], ["geburtstag*", 1.6], ["*hochzeit", 2],
  ["hochzeit*", 1.8], ["geheiratet", 2.4], ["verlobt", 2.4], ["flitterwochen", 2.6],
  ["schwanger*", 2.4], ["geboren", 1.6], ["*urlaub", 1.8], ["urlaub*", 1.6], ["*ferien", 1.6],
  ["ferien*", 1.4], ["strand", 1.8], ["*wochenende", 1], ["wochenend*", 1], ["sonntag", 1.2],
  ["samstag", 1], ["ausflug", 1.6], ["rucksackreise", 2], ["zelten", 2.2], ["wander*", 1.6],
  ["ski", 1.2], ["kajak", 2], ["angeln", 1.4], ["angelausflug", 1.8], ["schwimmen", 1.6],
  ["freibad", 2.4], ["radtour", 2], ["marathon", 1], ["halbmarathon", 1], ["yoga", 1.6],
  ["tennis", 1.6], ["fußball", 1], ["*garten", 1.6], ["garten*", 1.4], ["balkon", 1.4],
  ["grill*", 1.8], ["gebacken", 1.8], ["backen", 1.6], ["rezept*", 1.4], ["gekocht", 1.4],
  ["pizzateig", 2], ["pfannkuchen", 2.2], ["*kuchen", 1.6], ["*plätzchen", 2], ["abendessen", 1.2],
  ["brunch", 1.8], ["wein", 1.2], ["hund", 1.8], ["*hund", 1.4], ["welpe", 2.6], ["*katze", 2],
  ["kater", 2], ["haustier", 1.6], ["tierarzt", 2], ["tierheim", 2.4], ["zoo", 2],
  ["spielplatz", 2.6], ["*kindergarten", 2], ["einschulung", 2.6], ["schultüte", 2.8],
  ["milchzahn", 2.8], ["zahnfee", 2.8], ["erste schritte", 2.6], ["ersten schritte", 2.6],
  ["schläft durch", 2.6], ["windeln", 2.6], ["weihnacht*", 1.2], ["ostern", 1.6], ["oster*", 1.4],
  ["ostereier", 2], ["fasching", 2], ["silvester", 1.6], ["feuerwerk", 1.4], ["haus gekauft", 2],
  ["umzugskartons", 2], ["umzug*", 1.2], ["wohnung", 1.2], ["nachbar", 1.6], ["nachbar*", 1.6],
  ["krank", 1.4], ["erkältet", 2], ["grippe", 1.8], ["krankenhaus", 0.8], ["knie-op", 1.6],
  ["zahnarzt", 2], ["physiotherapie", 1.6], ["genesung", 1.8], ["krankgeschrieben", 2],
  ["beerdigung", 2.6], ["ruhe in frieden", 2.8], ["trauer", 2], ["trauern", 2], ["scheidung", 2.6],
  ["ich liebe dich", 2.8], ["schatz", 1.6], ["beste freundin", 2], ["freundinnen", 0.8],
  ["freunden", 1], ["konzert", 1.4], ["festival", 1], ["buch", 0.8], ["puzzle", 2],
  ["brettspiel", 2], ["gitarre", 1.8], ["klavier", 1.6], ["stricken", 2.2], ["filmabend", 2.6],
  ["serie", 1.2], ["sofa", 1.8], ["mittagsschlaf", 2.2], ["sonnenuntergang", 2], ["am see", 1.4],
  ["im see", 1.4], ["berge", 1.2], ["bergen", 1.2], ["wald", 1.2], ["schneemann", 2.6],
  ["sauerteig", 2.4], ["führerschein", 2.2], ["baumhaus", 2.6], ["sabbatical", 1],
  ["elternzeit", 0.6], ["abwesenheitsnotiz", 0.8], ["handy aus", 2.2], ["laptop bleibt", 2.6],
  ["keine mails", 1.6], ["kein business-post", 3], ["schönes wochenende", 1.6],
  ["frei genommen", 1.6], ["wir werden eltern", 3], ["kuscheln", 2.4], ["zu hause", 0.8],
  ["zuhause", 0.8], ["dankbar", 0.6], ["stolz auf ihn", 1.4], ["stolz auf sie", 1.2],
  ["rente", 0.4], ["erholung", 1.4], ["ich bin so stolz", 1], ["reisetagebuch", 2],
];

// biome-ignore format: packed cue lists stay readable
const PROFESSIONAL_EN: readonly Cue[] = [
  ["team", -1.2], ["our team", -0.6], ["company", -1.4], ["hiring", -2.6], ["we are hiring", -1],
  ["join", -1], ["apply", -2], ["role", -1.6], ["new role", -1], ["position", -1.4], ["job", -1],
  ["career", -1.4], ["colleagues", -1.2], ["clients", -1.8], ["customers", -1.8],
  ["customer", -1.6], ["product", -1.6], ["launch", -1.2], ["launched", -1.4], ["platform", -1.6],
  ["engineering", -1.6], ["engineers", -1.6], ["developers", -1.6], ["project", -1.4],
  ["projects", -1.4], ["strategy", -1.6], ["leadership", -1.6], ["leaders", -1.2], ["lessons", -1],
  ["lessons learned", -1], ["taught me", -0.8], ["business", -1.4], ["revenue", -2.4],
  ["growth", -1.4], ["startup", -1.8], ["startups", -1.8], ["founders", -1.6], ["investors", -2],
  ["funding", -2], ["series a", -2], ["seed round", -2], ["conference", -1.4], ["webinar", -2.4],
  ["meetup", -2], ["keynote", -2], ["talk", -1], ["speak", -1], ["panel", -1.6], ["summit", -1.2],
  ["workshop", -1.6], ["report", -1.4], ["whitepaper", -2.4], ["case study", -2.4],
  ["blog post", -1.6], ["article", -1.2], ["podcast", -1.2], ["newsletter", -1.4],
  ["research", -1.4], ["paper", -1], ["patent", -2.4], ["partner", -0.8], ["partnership", -2],
  ["partners", -1.4], ["acquisition", -2.4], ["board", -1.4], ["office", -1], ["remote", -1.4],
  ["policy", -1.8], ["employees", -2], ["staff", -1.6], ["onboarding", -2], ["recruiting", -2.4],
  ["interview", -1.4], ["training", -1], ["mentoring", -1.6], ["sales", -1.8], ["marketing", -1.8],
  ["leads", -1.6], ["pricing", -1.8], ["saas", -2], ["api", -2], ["cloud", -1.6], ["data", -1.2],
  ["ai", -1.2], ["software", -1.6], ["migration", -1.8], ["release", -1], ["version", -1.2],
  ["roadmap", -2], ["compliance", -2], ["audit", -1.8], ["budget", -1.6], ["forecast", -1.6],
  ["quarter", -1], ["quarterly", -1.8], ["results", -1], ["percent", -1.2], ["industry", -1.4],
  ["market", -1.2], ["logistics", -1.6], ["manufacturing", -1.6], ["factory", -1.4],
  ["firm", -1.4], ["consulting", -1.8], ["manager", -1.4], ["head of", -1.6], ["vp", -1.4],
  ["ceo", -1], ["cfo", -1.6], ["director", -1.2], ["work anniversary", -3], ["years at", -2],
  ["offsite", -2], ["open to work", -2.6], ["laid off", -2], ["rejoin", -2], ["excited to", -0.8],
  ["proud to announce", -1.6], ["happy to share", -0.8], ["thank you to", -0.4],
  ["referrals", -2.4], ["open roles", -2], ["we offer", -2], ["customer service", -1.6],
  ["engagement", -1], ["overtime", -2.2], ["thread", -1],
  // News register: headlines about markets, institutions and sport results.
  ["billion", -1.6], ["million", -1.2], ["shoppers", -1.6], ["bankruptcy", -2], ["files for", -1.4],
  ["maker", -1.4], ["manufacturer", -1.4], ["retailer", -1.6], ["study", -1.2], ["prize", -1.2],
  ["parliament", -1.6], ["government", -1.6], ["election", -1.6], ["royal family", -2],
  ["semi-finals", -1.4], ["quarter-finals", -1.4], ["league", -1],
];

// biome-ignore format: packed cue lists stay readable
const PROFESSIONAL_DE: readonly Cue[] = [
  ["*team", -1.2], ["unternehmen", -1.4], ["*firma", -1.2], ["wir suchen", -2.4],
  ["wir stellen ein", -2.6], ["*stelle", -1.4], ["bewerben", -2.4], ["rolle", -1.4],
  ["neue rolle", -1], ["position", -1.4], ["job", -1], ["karriere", -1.4], ["kolleg*", -1.2],
  ["kollegen", -1.2], ["kolleginnen", -1.2], ["*kunden", -1.8], ["kundinnen", -1.8],
  ["*produkt", -1.6], ["launch", -1.2], ["plattform", -1.6], ["entwickl*", -1.6],
  ["*projekt", -1.4], ["*strategie", -1.6], ["führung", -1.6], ["lektionen", -1],
  ["gelehrt", -0.8], ["beigebracht", -0.4], ["umsatz", -2.4], ["wachstum", -1.4],
  ["startup", -1.8], ["startups", -1.8], ["gründer", -1.4], ["investoren", -2],
  ["finanzierung", -2], ["series a", -2], ["seed-runde", -2], ["konferenz", -1.4],
  ["webinar", -2.4], ["meetup", -2], ["keynote", -2], ["vortrag", -1.6], ["podium", -1.6],
  ["gipfel", -0.6], ["workshop", -1.6], ["*bericht", -1.4], ["whitepaper", -2.4],
  ["fallstudie", -2.4], ["blogbeitrag", -1.6], ["artikel", -1.2], ["podcast", -1.2],
  ["newsletter", -1.4], ["forschung", -1.4], ["paper", -1], ["patent", -2.4], ["partner", -0.8],
  ["partnerschaft", -2], ["übernahme", -2.4], ["vorstand", -1.4], ["aufsichtsrat", -1.6],
  ["beirat", -1.6], ["büro", -1], ["remote", -1.4], ["*regelung", -1.8], ["mitarbeitende", -2],
  ["mitarbeitenden", -2], ["onboarding", -2], ["bewerbung", -2.4], ["vorstellungsgespräch", -2],
  ["schulung", -1.4], ["mentoren", -1.6], ["*vertrieb", -1.8], ["*marketing", -1.8],
  ["leads", -1.6], ["preis", -1], ["saas", -2], ["api", -2], ["cloud", -1.6], ["daten", -1.2],
  ["=KI", -1.2], ["software", -1.6], ["migration", -1.8], ["version", -1.2], ["roadmap", -2],
  ["compliance", -2], ["prüfung", -1], ["budget", -1.6], ["prognose", -1.6], ["quartal", -1.8],
  ["prozent", -1.2], ["branche", -1.4], ["markt", -1.2], ["*logistik", -1.6], ["werk", -1.2],
  ["kanzlei", -1.8], ["beratung", -1.8], ["manager", -1.4], ["managerin", -1.4], ["head of", -1.6],
  ["vp", -1.4], ["ceo", -1], ["dienstjubiläum", -3], ["jahre bei", -1.6], ["offsite", -2],
  ["offen für angebote", -2.6], ["entlassen", -2], ["verabschiede ich mich von", -2.4],
  ["ich freue mich", -0.6], ["freuen uns", -0.8], ["bekannt zu geben", -1.6],
  ["empfehlungen", -1.6], ["stellen", -0.8], ["leitet", -1], ["kundenservice", -1.6],
  ["catering", -1.6], ["engagement", -1], ["überstunden", -2.2], ["*zuschuss", -1.6],
  ["arbeitszeiten", -2], ["tarif", -2], ["betriebsrat", -2.4], ["gewerkschaft", -2],
  ["förderantrag", -2.4], ["bankwesen", -2], ["ruhestand", -0.6], ["ingenieur", -1.6],
  ["azubis", -2], ["werkstudent", -2.4], ["mittelständler", -2], ["familienunternehmen", -2.4],
  // Nachrichtensprache: Märkte, Institutionen, Sportergebnisse.
  ["meldet", -1.4], ["*branche", -1.4], ["milliarde*", -1.6], ["million*", -1.2],
  ["*hersteller", -1.4], ["*konzern", -1.6], ["bundestag", -1.6], ["*bundesamt", -2],
  ["beschließt", -1.4], ["regierung", -1.6], ["studie", -1.2], ["viertelfinale", -1.2], ["halbfinale", -1.2], ["adac", -1.6],
];

/** All cues, both languages; the matcher is language-independent. */
export const CUES: readonly Cue[] = [
  ...PRIVATE_EN,
  ...PRIVATE_DE,
  ...PROFESSIONAL_EN,
  ...PROFESSIONAL_DE,
];

/**
 * First- and second-person words. News headlines, job ads and release notes speak about third
 * parties; private texts nearly always speak as "I/we" or to "you" (a birthday wish). A text with
 * none of them gets {@link IMPERSONAL_WEIGHT}: a push, not a veto, since "New puppy, zero sleep"
 * is still private.
 */
export const PERSONAL_VOICE: ReadonlySet<string> = new Set(
  (
    "i me my mine myself we us our ours ourselves you your yours " +
    "ich mir mich mein meine meinem meinen meiner meines wir uns unser unsere unserem unseren " +
    "unserer du dich dir dein deine deinem deinen deiner ihr euch euer eure eurem euren"
  ).split(" "),
);

/** Rules-logit weight of a text without any {@link PERSONAL_VOICE} word. */
export const IMPERSONAL_WEIGHT = -1;

/** Logit before any cue: slightly professional, because a LinkedIn feed mostly is. */
export const RULES_BIAS = -0.3;
