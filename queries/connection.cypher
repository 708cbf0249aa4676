// name: connection
// description: How two entities are connected: every shortest path over extracted relations, up to a number of hops (at most 6)
// param: source (string) example=河西区
// param: target (string) example=甘肃省
// param: max_hops (integer) example=4 default=4
MATCH (:Name {key: $source})-[:NAMES]->(a)
MATCH (:Name {key: $target})-[:NAMES]->(b)
MATCH p = allShortestPaths((a)-[:PARTNERS_WITH|HOLDS|PARTICIPATES_IN|HELD_AT|VISITS|SIGNS|ISSUES|LAUNCHES|HOLDS_POSITION|PART_OF|LOCATED_IN|RECEIVES*..6]-(b))
WITH p, [n IN nodes(p) | n.name] AS names, [x IN relationships(p) | type(x)] AS types
WHERE length(p) <= $max_hops
RETURN DISTINCT length(p) AS hops,
       reduce(s = head(names), n IN tail(names) | s + ' > ' + n) AS path,
       reduce(s = head(types), t IN tail(types) | s + ' > ' + t) AS relations
ORDER BY hops, path, relations
// variant: ladybug
MATCH (:Name {key: $source})-[:NAMES]->(a)
MATCH (:Name {key: $target})-[:NAMES]->(b)
MATCH p = (a)-[:PARTNERS_WITH|HOLDS|PARTICIPATES_IN|HELD_AT|VISITS|SIGNS|ISSUES|LAUNCHES|HOLDS_POSITION|PART_OF|LOCATED_IN|RECEIVES* ALL SHORTEST 1..6]-(b)
WHERE length(p) <= $max_hops
RETURN DISTINCT length(p) AS hops,
       list_to_string(' > ', list_transform(nodes(p), n -> n.name)) AS path,
       list_to_string(' > ', list_transform(rels(p), x -> label(x))) AS relations
ORDER BY hops, path, relations
