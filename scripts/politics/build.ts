/**
 * One full training run from the data folder and the hand-written posts: what
 * `npm run train:politics` writes, and what the rebuild test compares with the shipped file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PoliticsModelData } from "../../src/text/politics/model.js";
import { loadNews, type NewsDoc, type Post, parsePosts, splitNews } from "./data.js";
import { buildExamples } from "./examples.js";
import { DEFAULT_OPTIONS, trainPolitics } from "./train.js";

export function buildModel(
  dataDir: string,
  root: string,
): { model: PoliticsModelData; test: NewsDoc[]; heldPosts: Post[] } {
  const { train, test } = splitNews(loadNews(dataDir));
  const read = (p: string) => readFileSync(join(root, p), "utf8");
  const trainPosts = parsePosts(read("scripts/politics/posts-train.tsv"));
  const heldPosts = parsePosts(read("test/fixtures/text/politics/posts-heldout.tsv"));
  const examples = buildExamples(train, trainPosts);
  const meta = {
    newsTrain: train.length,
    newsHeldOut: test.length,
    postsTrain: trainPosts.length,
    examples: examples.length,
    epochs: DEFAULT_OPTIONS.epochs,
    seed: DEFAULT_OPTIONS.seed,
  };
  return { model: trainPolitics(examples, { ...DEFAULT_OPTIONS, meta }), test, heldPosts };
}
