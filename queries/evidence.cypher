// name: evidence
// description: The evidence for a relation: each sentence that states it, with its article and source file
// param: head (string) example=河西区
// param: relation (string) example=PARTNERS_WITH
// param: tail (string) example=平凉市
MATCH (:Name {key: $head})-[:NAMES]->(h)
MATCH (:Name {key: $tail})-[:NAMES]->(t)
MATCH (h)-[r]->(t)
WHERE type(r) = $relation
MATCH (a:Article) WHERE a.id = r.article
RETURN r.evidence AS evidence, r.article AS article, a.title AS title, r.source AS source,
       r.span_start AS span_start, r.span_end AS span_end, r.rule AS rule, r.confidence AS confidence
ORDER BY article, span_start
// variant: ladybug
MATCH (:Name {key: $head})-[:NAMES]->(h)
MATCH (:Name {key: $tail})-[:NAMES]->(t)
MATCH (h)-[r]->(t)
WHERE label(r) = $relation
MATCH (a:Article) WHERE a.id = r.article
RETURN r.evidence AS evidence, r.article AS article, a.title AS title, r.source AS source,
       r.span_start AS span_start, r.span_end AS span_end, r.rule AS rule, r.confidence AS confidence
ORDER BY article, span_start
