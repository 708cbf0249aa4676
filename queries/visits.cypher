// name: visits
// description: Who visited a region, organization or place, and whom it visited
// param: name (string) example=卓尼县
MATCH (v)-[r:VISITS]->(t)
WHERE t.name = $name OR $name IN t.aliases OR v.name = $name OR $name IN v.aliases
RETURN v.name AS visitor, t.name AS visited, r.evidence AS evidence, r.article AS article
ORDER BY visitor, visited, article
