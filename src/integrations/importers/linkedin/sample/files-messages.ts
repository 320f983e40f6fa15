/** messages.csv in the Dec-2024 layout, produced lazily conversation by conversation. */

import { isBlank, ownerName, type SampleContext, type SampleFile } from "./context.js";
import type { Conversation } from "./conversations.js";
import { row } from "./csv.js";
import { messageDate } from "./dates.js";
import { chance, pick, type Rng, rngFor } from "./prng.js";
import {
  DE_OPENERS,
  DE_REPLIES,
  DE_SIGNOFFS,
  EN_OPENERS,
  EN_REPLIES,
  EN_SIGNOFFS,
  fill,
  INMAIL_BODIES,
  INMAIL_SUBJECTS,
} from "./vocab-text.js";
import { TOPICS } from "./vocab-work.js";

export const MESSAGES_HEADER =
  "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT";

/** A new session starts after 12 quiet hours: it opens with a greeting, not a reply. */
const SESSION_GAP = 12 * 3600;

function text(r: Rng, de: boolean, opener: boolean, to: string, from: string): string {
  const values = { name: to, topic: pick(r, TOPICS) };
  if (!opener) return fill(pick(r, de ? DE_REPLIES : EN_REPLIES), values);
  const first = fill(pick(r, de ? DE_OPENERS : EN_OPENERS), values);
  if (!chance(r, 0.3)) return first;
  const body = fill(pick(r, de ? DE_REPLIES : EN_REPLIES), values);
  return `${first}\n\n${body}\n\n${pick(r, de ? DE_SIGNOFFS : EN_SIGNOFFS)}\n${from}`;
}

interface Party {
  name: string;
  url: string;
  callName: string;
}

function otherParty(ctx: SampleContext, conv: Conversation): Party {
  const p = conv.contact ?? conv.stranger;
  if (!p) throw new Error("conversation without participant");
  if (conv.contact && isBlank(conv.contact, ctx.asOfDay)) {
    return { name: "LinkedIn Member", url: "", callName: p.callName };
  }
  return { name: `${p.firstName} ${p.lastName}`, url: p.url, callName: p.callName };
}

function* conversationRows(ctx: SampleContext, conv: Conversation, visible: number) {
  const owner: Party = {
    name: ownerName(ctx),
    url: ctx.universe.owner.url,
    callName: ctx.universe.owner.callName,
  };
  const other = otherParty(ctx, conv);
  const de = (conv.contact ?? conv.stranger)?.lang === "de";
  for (let i = visible - 1; i >= 0; i--) {
    const r = rngFor(ctx.seed, "msg", conv.key, i);
    const t = conv.times[i] as number;
    const mine = conv.fromOwner[i] === 1;
    const [from, to] = mine ? [owner, other] : [other, owner];
    let subject = "";
    let content: string;
    if (conv.stranger && i === 0) {
      subject = pick(r, INMAIL_SUBJECTS);
      const values = { name: owner.callName, topic: pick(r, TOPICS), sender: other.callName };
      content = fill(pick(r, INMAIL_BODIES), values);
    } else {
      const opener = i === 0 || t - (conv.times[i - 1] as number) > SESSION_GAP;
      content = text(r, de, opener, to.callName, from.callName);
    }
    // The last message of a few conversations is an unsent draft of the owner.
    const draft = mine && i === conv.times.length - 1 && chance(r, 0.03) ? "Yes" : "No";
    yield row([
      conv.id,
      "",
      from.name,
      from.url,
      to.name,
      to.url,
      messageDate(t),
      subject,
      content,
      conv.folder,
      draft,
      "No",
    ]);
  }
}

/** Number of messages of `conv` sent before `end` (times are ascending). */
function visibleCount(conv: Conversation, end: number): number {
  let lo = 0;
  let hi = conv.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((conv.times[mid] as number) < end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Conversations ordered by their latest message, newest first; messages newest first. */
export function messagesFile(ctx: SampleContext): SampleFile {
  return {
    name: "messages.csv",
    head: [MESSAGES_HEADER],
    *rows() {
      const shown = ctx.conversations
        .map((conv) => ({ conv, n: visibleCount(conv, ctx.asOfEnd) }))
        .filter((x) => x.n > 0)
        .sort(
          (a, b) =>
            (b.conv.times[b.n - 1] as number) - (a.conv.times[a.n - 1] as number) ||
            a.conv.key.localeCompare(b.conv.key),
        );
      for (const { conv, n } of shown) yield* conversationRows(ctx, conv, n);
    },
  };
}
