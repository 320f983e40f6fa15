/** Message, post and comment snippets (German and English) for the synthetic export. */
import { list } from "./vocab-people.js";

export const DE_OPENERS = list(
  "Hallo {name}, danke für die Vernetzung!|Hi {name}, wie geht's dir? Lange nichts gehört.",
  "Moin {name}, hast du nächste Woche Zeit für einen kurzen Call?",
  "Hallo {name}, ich bin gerade über deinen Beitrag zu {topic} gestolpert – sehr spannend!",
  "Hi {name}, kurze Frage: kennst du jemanden, der sich mit {topic} auskennt?",
  "Servus {name}, wir suchen gerade Verstärkung im Bereich {topic}. Wäre das was für dich?",
  "Hallo {name}, herzlichen Glückwunsch zum neuen Job!",
  "Hi {name}, danke nochmal für das Gespräch gestern, hat Spaß gemacht.",
  "Hallo {name}, wir haben uns auf dem Meetup zu {topic} kurz unterhalten. Lass uns gern vernetzen.",
  "Moin {name}! Bist du nächste Woche auch auf der Konferenz?",
);

export const DE_REPLIES = list(
  "Klar, gerne!|Danke dir, das freut mich sehr 😊|Passt Donnerstag um 10 Uhr?",
  "Ich schick dir gleich den Link.|Super, dann bis dann!|Sorry für die späte Antwort, war im Urlaub.",
  "Da muss ich mal überlegen, ich melde mich.|Das klingt gut. Schick mir gern mehr Infos.",
  'Hab dir eine Mail geschrieben.|Haha, ja, "agil" ist da relativ 😄|Danke, gleichfalls!',
  "Ich frag mal im Team rum.|Gerne, lass uns das bei einem Kaffee besprechen.",
  "Ja, läuft gut. Viel zu tun, aber spannend.|Leider bin ich da im Urlaub, vielleicht im Mai?",
  "Kennst du schon den Vortrag von letzter Woche? Sehr empfehlenswert.|Top, danke!",
  "Wir hatten bei uns ein ähnliches Thema, ich kann dir gern erzählen, wie wir es gelöst haben.",
);

export const EN_OPENERS = list(
  "Hi {name}, thanks for connecting!|Hey {name}, how have you been?",
  "Hi {name}, do you have 20 minutes next week for a quick chat about {topic}?",
  "Hello {name}, I enjoyed your post on {topic}, great points.",
  "Hi {name}, congrats on the new role!|Hi {name}, great meeting you at the conference yesterday.",
  "Hey {name}, quick question: who would you ask about {topic} these days?",
);

export const EN_REPLIES = list(
  "Sure, happy to!|Thanks, much appreciated 🙏|Does Thursday 3pm CET work?|Sending the invite now.",
  "Sorry for the late reply, I was travelling.|Sounds good, let me know.|Will do, thanks!",
  'Haha, "quick" is relative 😅|Let me check with my team and get back to you.|Cheers!',
  "Great to hear from you. All good here, busy but fun.|Let's catch up when you're in Hamburg.",
);

export const DE_SIGNOFFS = list("Viele Grüße|Beste Grüße|LG|Schöne Grüße aus Hamburg");
export const EN_SIGNOFFS = list("Best|Cheers|Best regards|Thanks");

export const INMAIL_SUBJECTS = list(
  "Spannende Position als Cloud Architect (m/w/d)|Projektanfrage: Senior Consultant Data Platform",
  "Freelance-Projekt Kubernetes, remote|Opportunity: Principal Engineer, Berlin or remote",
);

export const INMAIL_BODIES = list(
  '<p>Hallo {name},</p><p class="spinmail-quill-editor__spin-break">ich bin auf Ihr Profil gestoßen und habe ein spannendes Projekt im Bereich {topic}. Hätten Sie Interesse an einem kurzen Austausch?</p><p>Viele Grüße<br>{sender}</p>',
  '<p>Hi {name},</p><p class="spinmail-quill-editor__spin-break">we\'re hiring for a role around {topic}, fully remote within the EU. Would you be open to a chat?</p><p>Best,<br>{sender}</p>',
);

export const POST_OPENERS_DE = list(
  "Neuer Blogartikel: Was wir bei der Migration nach {topic} gelernt haben.",
  "Ich freue mich, euch mitzuteilen, dass ich eine neue Position angetreten habe!",
  "Drei Dinge, die ich über {topic} gerne früher gewusst hätte:",
  "Letzte Woche durfte ich auf dem Meetup über {topic} sprechen. Danke an alle fürs Kommen!",
  "Wir suchen Verstärkung! Wer Lust auf {topic} in Hamburg hat, meldet sich gerne bei mir.",
  "Ein kleiner Rückblick auf das Jahr:",
);

export const POST_OPENERS_EN = list(
  "New post on our engineering blog: lessons from a year of {topic}.",
  "Great read on {topic}, worth your coffee break.",
  "Slides from my talk on {topic} are online now.",
);

export const POST_LINES = list(
  "1️⃣ Klein anfangen und früh messen.|2️⃣ Das Team mitnehmen, nicht nur die Technik.",
  "3️⃣ Dokumentation ist kein Nice-to-have.|Link zum Artikel in den Kommentaren 👇",
  "Was sind eure Erfahrungen?|#cloud #dataengineering #hamburg|#softwarearchitecture #ddd",
  "Danke an das ganze Team für den Einsatz!|Mehr dazu im Artikel:",
);

export const COMMENTS = list(
  "Danke für den Einblick!|Glückwunsch, {name}! 🎉|Sehe ich genauso, gerade beim Thema {topic}.",
  'Spannender Artikel, "Platform as a Product" trifft es gut.|Congrats, well deserved!',
  "Great summary, thanks for sharing.|Wir hatten genau das gleiche Problem, danke für den Tipp.",
  'Das "Warum" fehlt mir hier ein bisschen, aber sonst super Punkte.|Bin dabei!',
  "Viel Erfolg im neuen Job!|Interesting take, though I'd argue {topic} is mostly about people.",
);

export const INVITE_NOTES = list(
  "Hallo {name}, wir haben uns beim Meetup gesehen, ich würde mich gern vernetzen.",
  "Hi {name}, I enjoyed your talk, would love to connect.",
  "Hallo {name}, ich würde mich freuen, wenn wir uns vernetzen, da wir beide im Bereich {topic} unterwegs sind.",
);

export const RECOMMENDATION_TEXTS = list(
  "{name} ist eine der strukturiertesten Beraterinnen und Berater, mit denen ich zusammenarbeiten durfte. Fachlich stark in {topic}, menschlich ein Gewinn für jedes Team.",
  "I had the pleasure of working with {name} on a {topic} project. Clear communication, pragmatic decisions, and always a step ahead.",
  "{name} hat unser Team beim Thema {topic} enorm vorangebracht – mit Geduld, Humor und viel Know-how.",
);

export const REACTION_TYPES: readonly (readonly [string, number])[] = [
  ["LIKE", 60],
  ["PRAISE", 12],
  ["APPRECIATION", 6],
  ["EMPATHY", 8],
  ["INTEREST", 10],
  ["ENTERTAINMENT", 4],
];

/** Fills `{name}`, `{topic}`, `{sender}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
}
