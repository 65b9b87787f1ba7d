// twitter-text (the official JavaScript library, pinned in package.json) as an oracle:
// reads a JSON list of texts on stdin, writes for each its mentions and lists and its
// cashtags, with indices in code points (as Python counts), and all its entities as
// extractEntitiesWithIndices finds them (kind, start, end in UTF-16 units), as JSON.
const tt = require("twitter-text");

function kind(entity) {
  if (entity.url !== undefined) return "url";
  if (entity.hashtag !== undefined) return "hashtag";
  if (entity.cashtag !== undefined) return "cashtag";
  return entity.listSlug ? "list" : "mention";
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const out = JSON.parse(input).map((text) => {
    const entities = tt.extractEntitiesWithIndices(text).map((e) => [kind(e), ...e.indices]);
    const mentions = tt.extractMentionsOrListsWithIndices(text);
    const cashtags = tt.extractCashtagsWithIndices(text);
    tt.modifyIndicesFromUTF16ToUnicode(text, mentions);
    tt.modifyIndicesFromUTF16ToUnicode(text, cashtags);
    return {
      mentions: mentions.map((m) => [m.screenName, m.listSlug, m.indices[0], m.indices[1]]),
      cashtags: cashtags.map((c) => [c.cashtag, c.indices[0], c.indices[1]]),
      entities,
    };
  });
  process.stdout.write(JSON.stringify(out));
});
