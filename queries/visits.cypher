// name: visits
// description: Who visited a region, organization or place, and whom it visited
// param: name (string) example=卓尼县
MATCH (:Name {key: $name})-[:NAMES]->(x)-[r:VISITS]-(other)
OPTIONAL MATCH (x)-[out:VISITS]->(other) WHERE out.key = r.key
WITH x, r, other, out.key IS NOT NULL AS outgoing
RETURN CASE WHEN outgoing THEN x.name ELSE other.name END AS visitor,
       CASE WHEN outgoing THEN other.name ELSE x.name END AS visited, r.evidence AS evidence, r.article AS article
ORDER BY visitor, visited, article
