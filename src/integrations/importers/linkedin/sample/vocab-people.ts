/** Name material for a German-speaking bubble with an international tail. All invented mixes. */

/** Compact word lists: `|`-separated lines, so the formatter keeps them dense. */
export const list = (...lines: string[]): readonly string[] => lines.join("|").split("|");

export const GERMAN_FIRST_F = list(
  "Anna|Julia|Katharina|Lena|Laura|Sarah|Lisa|Hannah|Sophie|Marie|Johanna|Franziska|Christina",
  "Stefanie|Sabine|Claudia|Nicole|Andrea|Birgit|Ute|Jana|Miriam|Theresa|Carolin|Svenja|Maren",
  "Anke|Silke|Jördis|Lea|Mia|Nele|Friederike|Charlotte|Antje|Dörte|Gülşen|Elif|Agnieszka",
  "Natalia|Ilse|Petra|Verena|Annika|Ricarda|Merle|Wiebke|Kübra|Bärbel",
);

export const GERMAN_FIRST_M = list(
  "Thomas|Michael|Andreas|Stefan|Christian|Markus|Tobias|Florian|Jan|Sebastian|Daniel|Lukas",
  "Alexander|Matthias|Philipp|Felix|Jonas|Niklas|Tim|Jörg|Jürgen|Björn|Sören|Uwe|Frank|Ralf",
  "Dirk|Holger|Hendrik|Moritz|Maximilian|Benedikt|Kai|Ole|Malte|Timo|Rüdiger|Günther|Mehmet",
  "Emre|Piotr|Dmitri|Konstantin|Till|Henning|Lars|Jens|Torben|Hauke",
);

export const GERMAN_LAST = list(
  "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch",
  "Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann",
  "Lange|Schmitt|Werner|Schmitz|Krause|Meier|Lehmann|Schmid|Schulze|Maier|Köhler|Herrmann",
  "König|Walter|Mayer|Huber|Kaiser|Fuchs|Peters|Lang|Scholz|Möller|Weiß|Jung|Hahn|Schubert",
  "Vogel|Friedrich|Keller|Günther|Frank|Berger|Winkler|Roth|Beck|Lorenz|Baumann|Franke",
  "Albrecht|Schuster|Simon|Ludwig|Böhm|Winter|Kraus|Martin|Schumacher|Krämer|Vogt|Stein|Jäger",
  "Otto|Sommer|Groß|Seidel|Heinrich|Brandt|Haas|Schreiber|Graf|Schulte|Dietrich|Ziegler|Kuhn",
  "Kühn|Pohl|Engel|Horn|Busch|Bergmann|Voigt|Sauer|Arnold|Wolff|Pfeiffer|Thießen|Paulsen",
  "Petersen|Jansen|Ahlers|Dreßler|Öztürk|Yılmaz|Kaya|Nowak|Kowalski|Nguyen|Popescu|Rossi",
  "von Bülow|von der Heide|Meyer-Lüdenscheidt|Schulze-Wehninck|Große-Brömer|Clausen",
);

export const INTL_FIRST = list(
  "James|Emily|Olivia|Daniel|Sophia|Liam|Noah|Emma|Ava|Ethan|Priya|Rahul|Arjun|Ananya|Wei|Mei",
  "Hiroshi|Yuki|Carlos|Lucía|Mateo|Giulia|Marco|Chloé|Lucas|Sanne|Pieter|Ingrid|Aoife|Seán",
  "Fatima|Omar|Zeynep|Oleksandr|Kateryna|João|Ana|Tomás|Nadia|Grace|Samuel|Chidi",
);

export const INTL_LAST = list(
  "Smith|Johnson|Williams|Brown|Taylor|Davies|Wilson|Evans|Murphy|O\u2019Brien|O'Connor|Patel",
  "Singh|Kumar|Sharma|Chen|Wang|Li|Kim|Tanaka|García|Fernández|Rodríguez|Bianchi|Ferrari",
  "Dubois|Martin|de Vries|van den Berg|Jansen|Andersson|Nielsen|Kelly|Hassan|Demir|Shevchenko",
  "Silva|Santos|Kowalczyk|Novák|Okafor|Mensah",
);

/** Decorations people add to the name fields; the ones with a comma force CSV quoting. */
export const LAST_NAME_SUFFIXES = list(
  ", PMP|, MBA|, CFA| (she/her)| (he/him)| (sie/ihr)|, CSM®| 🚀| ☁️|, PhD| ✨|, LL.M.| 🏳️‍🌈",
  " (Ex-SAP, Ex-Siemens)",
);

export const FIRST_NAME_PREFIXES = list("Dr. |Prof. Dr. |Dr.-Ing. ");

/** A few "fancy" mathematical-alphanumeric spellings, as seen in real exports. */
export const FANCY_FIRST = list("𝗝𝗮𝗻𝗮|𝘔𝘢𝘳𝘬𝘶𝘴|𝐒𝐚𝐫𝐚𝐡|𝕋𝕠𝕓𝕚𝕒𝕤");

export const MAIL_DOMAINS = list(
  "gmail.com|web.de|gmx.de|gmx.net|t-online.de|outlook.com|posteo.de|icloud.com|mailbox.org",
);

const TRANSLIT: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  é: "e",
  è: "e",
  á: "a",
  í: "i",
  ó: "o",
  ú: "u",
  ñ: "n",
  ş: "s",
  ı: "i",
  ç: "c",
  ã: "a",
  č: "c",
  ř: "r",
  "\u2019": "",
  "'": "",
};

/** ASCII slug part as LinkedIn would generate it: `Jörg Müller` → `joerg-mueller`. */
export function slugPart(text: string): string {
  const lower = text.normalize("NFKC").toLowerCase();
  let out = "";
  for (const ch of lower) out += TRANSLIT[ch] ?? ch;
  return out
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}
