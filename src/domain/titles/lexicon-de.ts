/**
 * German title lexicon, written by hand. Patterns run on normalised text (see normalize.ts):
 * lower case, umlauts folded (ä→a, ß→ss), feminine forms folded to masculine
 * (Entwicklerin→entwickler, Rechtsanwältin→rechtsanwalt, Kauffrau→kaufmann), hyphens as spaces.
 * German compounds are matched without a leading word boundary so that "Softwareentwickler"
 * hits both "software" (domain) and "entwickler" (role noun).
 */
import { F, type FunctionRule, RANK, type SeniorityRule } from "./rules.js";

const { generic, weakNoun, domain, strongNoun, phrase } = RANK;

export const DE_FUNCTION_RULES: readonly FunctionRule[] = [
  // Fixed compounds and phrases.
  ["vertriebs ?(ingenieur|techniker)", F.sales, phrase],
  [
    "personal ?(entwickl|berat|disponent|referent|sachbearbeit|leit|manag|planer|wesen)",
    F.hr,
    phrase,
  ],
  ["ausbildungsleit|\\bausbilder", F.hr, phrase],
  ["steuer ?(berat|fachangestellt|fachwirt|referent|sachbearbeit)", F.finance, phrase],
  ["wirtschaftsprufer|prufungsassistent|\\brevisor|revision\\b|\\baktuar", F.finance, phrase],
  [
    "(finanz|anlage|vermogens|versicherungs) ?berat|bank ?(kaufmann|angestellt|berat)",
    F.finance,
    phrase,
  ],
  ["versicherungskaufmann|finanzanalyst", F.finance, phrase],
  ["kaufmannische?r? leit", F.finance, phrase],
  ["technische?r? leit", F.eng, phrase],
  [
    "(unternehmens|management|strategie|digitalisierungs|prozess|it|sap) ?(berat|consultant)",
    F.consulting,
    phrase,
  ],
  ["inhouse ?(consultant|berater)", F.it, phrase],
  ["kunden ?(berat|betreu|service|dienst|support|center)|call ?cent(er|re)", F.support, phrase],
  ["produkt ?(manag|verantwort|owner)", F.product, phrase],
  ["produkt ?(design|gestalt)", F.design, phrase],
  ["projekt ?(leit|manag|koordin|assist|steuer)|\\bbauleit|\\bpmo\\b", F.project, phrase],
  ["projekt ?ingenieur|testmanag", F.eng, phrase],
  ["(1st|2nd|3rd|first|second|third) level (support|supporter)", F.it, phrase],
  ["mediengestalt|grafik|kommunikationsdesign|innenarchitekt", F.design, phrase],
  ["marktforsch|eventmanag|veranstaltungs", F.marketing, phrase],
  ["fachinformatiker (fur )?anwendungsentwickl", F.eng, phrase],
  ["fachinformatiker", F.it, phrase],
  [
    "wissenschaftliche?r? (mitarbeiter|angestellt|hilfskraft)|studentische?r? hilfskraft",
    F.data,
    phrase,
  ],
  ["(it|informations) ?sicherheit|sicherheitsbeauftragt", F.it, phrase],
  ["datenschutz|compliance", F.legal, phrase],
  [
    "rechtsanwaltsfachangestellt|notarfachangestellt|rechtsreferendar|rechtsfachwirt",
    F.legal,
    phrase,
  ],
  ["qualitats ?(manag|sicher|beauftragt|prufer)|nachhaltigkeit", F.ops, phrase],
  ["stadtplan|raumplan|verkehrsplan|regionalplan", F.data, phrase],
  ["medizinische?r? fachangestellt|\\bmfa\\b|zahnmedizin", F.health, phrase],
  ["pflegedienstleit|stationsleit", F.health, phrase],
  ["verwaltungs ?(fachangestellt|angestellt|wirt|mitarbeiter)", F.admin, phrase],
  ["(industrie|buro) ?kaufmann|kaufmann fur buromanagement", F.admin, phrase],
  ["(einzelhandels|verkaufs)kaufmann|kaufmann im (einzel|gross)", F.sales, phrase],
  ["speditionskaufmann|kaufmann fur spedition|lagerlogistik", F.ops, phrase],
  ["geschaftsentwickl|innovationsmanag", F.bizdev, phrase],
  ["referent der geschafts|vorstandsreferent|referent des vorstand", F.gm, phrase],
  ["museumspadagog", F.arts, phrase],
  ["e commerce|ecommerce", F.sales, phrase],
  ["technische?r? zeichner", F.eng, phrase],
  ["(assistenz|ober|fach|chef|zahn|tier)arzt", F.health, phrase],
  // Role nouns that fix the function.
  ["entwickler|programmierer|konstrukteur|softwaretester|\\btester", F.eng, strongNoun],
  ["mechatroniker|mechaniker|elektroniker|elektriker", F.eng, strongNoun],
  ["administrator|informatiker", F.it, strongNoun],
  [
    "lehrer|lehrkraft|dozent|professor|erzieher|padagoge|studienrat|referendar|\\btutor",
    F.edu,
    strongNoun,
  ],
  [
    "pfleger|pflegefach|pflegekraft|\\barzt|therapeut|apotheker|hebamme|sanitater|heilpraktiker",
    F.health,
    strongNoun,
  ],
  ["psychologe|logopad", F.health, strongNoun],
  ["anwalt|jurist|justiziar|justitiar|richter|\\bnotar", F.legal, strongNoun],
  ["buchhalter|controller|kassenwart", F.finance, strongNoun],
  ["einkaufer", F.purchasing, strongNoun],
  ["disponent|logistiker|lagerist|spediteur", F.ops, strongNoun],
  ["recruiter|personaler", F.hr, strongNoun],
  ["designer|gestalter|grafiker|illustrator", F.design, strongNoun],
  [
    "redakteur|journalist|reporter|\\btexter|ubersetzer|dolmetscher|fotograf|lektor|pressesprecher|volontar",
    F.media,
    strongNoun,
  ],
  ["musiker|schauspieler|kunstler|kurator|sanger|tanzer|regisseur|dirigent", F.arts, strongNoun],
  ["verkaufer|makler|vertriebler|handelsvertreter|kassierer", F.sales, strongNoun],
  ["sekretar|empfangs|burokraft", F.admin, strongNoun],
  [
    "forscher|wissenschaftler|chemiker|physiker|biologe|mathematiker|laborant|postdoc",
    F.data,
    strongNoun,
  ],
  // Role nouns with a default function that a department word overrides.
  ["ingenieur|techniker|architekt|\\bdipl (ing|inf)\\b|\\bdr ing\\b", F.eng, weakNoun],
  ["sachbearbeit|assistent|assistenz", F.admin, weakNoun],
  ["berater\\b|beratung", F.consulting, weakNoun],
  ["analyst", F.data, weakNoun],
  ["doktorand", F.data, weakNoun],
  [
    "geschaftsfuhr|geschaftsleitung|vorstand|inhaber|grunder|gesellschafter|prokurist",
    F.gm,
    weakNoun,
  ],
  ["niederlassungsleit|standortleit|unternehmensleit", F.gm, weakNoun],
  ["\\btrainer", F.edu, weakNoun],
  // Departments and subjects.
  ["vertrieb|verkauf|aussendienst|innendienst|einzelhandel|\\bhandel\\b|filial", F.sales, domain],
  [
    "finanz|buchhaltung|rechnungswesen|controlling|steuer|treasury|\\blohn|gehalt|bilanz|kreditor|debitor",
    F.finance,
    domain,
  ],
  ["\\bpersonal\\b", F.hr, domain],
  ["einkauf|beschaffung", F.purchasing, domain],
  [
    "logistik|\\blager|versand|produktion|fertigung|instandhaltung|\\bwerk\\b|\\bwerks?leit",
    F.ops,
    domain,
  ],
  ["\\brecht|rechtsabteilung", F.legal, domain],
  ["\\bedv\\b", F.it, domain],
  [
    "informatik\\b|entwicklung|konstruktion|maschinenbau|elektrotechnik|verfahrenstechnik",
    F.eng,
    domain,
  ],
  ["forschung|labor", F.data, domain],
  ["daten", F.data, domain],
  ["produkt(?!ion)", F.product, domain],
  ["projekt", F.project, domain],
  ["gestaltung", F.design, domain],
  ["kommunikation|\\bpresse|medien|redaktion|offentlichkeitsarbeit", F.media, domain],
  ["schul(?!d)|bildung|padagog|\\bkita\\b", F.edu, domain],
  ["pflege|medizin|klinik|kranken|gesundheit|praxis", F.health, domain],
  ["\\bkunst|kultur|museum|theater|musik", F.arts, domain],
  ["verwaltung|\\bburo|sekretariat|empfang|auftragsabwicklung", F.admin, domain],
  ["geschaftsfuhrung|unternehmensfuhrung", F.gm, domain],
  // Role nouns that carry no function of their own.
  [
    "mitarbeiter|angestellte|fachkraft|referent|spezialist|experte|koordinator|beauftragte",
    null,
    generic,
  ],
  [
    "verantwortliche|leiter|leitung|direktor|\\bchef\\b|werkstudent|praktikant|\\bazubi|auszubildend|manag",
    null,
    generic,
  ],
  ["\\bstudent|trainee|freiberufler|selbststandig|selbstandig|\\bpartner\\b", null, generic],
];

/** Leiter compounds that lead a team or a site rather than a department. */
const LEAD_LEITER =
  "(team|gruppen|schicht|bau|filial|labor|stations|lager|gebietsverkaufs|gebiets|kuchen|objekt|teilprojekt)";
/** "…leiter" words that are not a management position at all. */
const NOT_LEITER = "(an|beg|reise|kurs|ubungs|projekt|halb|wegbeg|bau)";

export const DE_SENIORITY_RULES: readonly SeniorityRule[] = [
  ["praktikant|praktikum|werkstudent|studentische?r? hilfskraft|\\bhiwi\\b", "intern", "role"],
  ["auszubildend|\\bazubi|ausbildung (zum|zur)|dual(e|er|es)? (studium|student)", "intern", "role"],
  ["\\bstudent|\\btrainee|volontar", "intern", "role"],
  [
    "\\bjunior|\\bjr\\b|berufseinsteiger|absolvent|referendar|assistenzarzt|doktorand|prufungsassistent",
    "junior",
    "mod",
  ],
  ["\\bsenior|\\bsr\\b|\\bsnr\\b|oberarzt|oberstudienrat|erfahrene|\\bprofessor", "senior", "mod"],
  [`${LEAD_LEITER} ?(leit|lead)|vorarbeiter|\\bpolier`, "lead", "role"],
  [
    "abteilungsleit|bereichsleit|werkleit|standortleit|niederlassungsleit|schulleit|kita ?leit|pflegedienstleit",
    "director",
    "role",
  ],
  ["chefarzt|chefredakt|prokurist|direktor", "director", "role"],
  [`(?<!${NOT_LEITER}|${LEAD_LEITER})leit(er|ung)\\b`, "director", "role"],
  ["vizeprasident|generalbevollmacht|bereichsvorstand", "vp", "role"],
  [
    "geschaftsfuhr(?!ungsassist|ungsreferent)|geschaftsleitung|vorstand(?!sreferent|sassist|ssekretar)|vorsitzende",
    "c-level",
    "role",
  ],
  [
    "inhaber|grunder|eigentumer|gesellschafter|freiberufler|selbststandig|selbstandig",
    "owner",
    "role",
  ],
];
