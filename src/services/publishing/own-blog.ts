import type { NetworkId } from "../../domain/publishing/networks.js";
import { type ComposeResult, composeDrafts } from "./compose.js";
import type { PublishingContext } from "./context.js";
import { approveEntry, scheduleEntry } from "./outbox.js";

/**
 * The own-blog automation: for each new article of an `own-blog` feed, a draft for every
 * network whose rules allow it (LinkedIn first among them by default). With
 * `publishing.autoApprove`, allowed entries are approved and scheduled into their next free slot;
 * blocked ones and those without a connected account stay drafts for the person. Call it after a fetch cycle with the new article ids.
 *
 * @example
 * await onOwnBlogArticles(ctx, [{ id: 42, kind: "own-blog" }]);
 */
export async function onOwnBlogArticles(
  ctx: PublishingContext,
  articles: ReadonlyArray<{ id: number; kind: string | null }>,
  networks?: NetworkId[],
): Promise<ComposeResult[]> {
  const results: ComposeResult[] = [];
  for (const article of articles) {
    if (article.kind !== "own-blog") continue;
    const already = await ctx.outbox.listEntries();
    const drafts = await Promise.all(
      [...new Set(already.map((e) => e.draftId))].map((id) => ctx.outbox.getDraft(id)),
    );
    if (drafts.some((d) => d?.articleId === article.id)) continue; // one draft per article, ever
    const result = await composeDrafts(ctx, {
      articleId: article.id,
      ...(networks === undefined ? {} : { networks }),
    });
    if (ctx.policy.autoApprove) {
      for (const entry of result.entries) {
        if (entry.entryId === null || entry.verdict.status !== "allowed") continue;
        // Only where it can actually go out; the rest waits as a draft for the person.
        const ready =
          ctx.publishers[entry.network] !== undefined &&
          (await ctx.accounts.forNetwork(entry.network)) !== undefined;
        if (!ready) continue;
        await approveEntry(ctx, entry.entryId);
        await scheduleEntry(ctx, entry.entryId);
      }
    }
    results.push(result);
  }
  return results;
}
