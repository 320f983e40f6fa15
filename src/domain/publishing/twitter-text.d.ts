// Minimal types for the parts of twitter-text (3.x, no bundled types) that Tellerrand uses.
declare module "twitter-text" {
  export interface ParsedTweet {
    weightedLength: number;
    valid: boolean;
    permillage: number;
    validRangeStart: number;
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  }
  export interface UrlEntity {
    url: string;
    indices: [number, number];
  }
  const twitter: {
    parseTweet(text: string): ParsedTweet;
    extractUrlsWithIndices(text: string): UrlEntity[];
  };
  export default twitter;
}
