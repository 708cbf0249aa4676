// name: partners
// description: Partners of a region or organization (PARTNERS_WITH, both directions), with the evidence
// param: name (string) example=河西区
MATCH (:Name {key: $name})-[:NAMES]->(a)
MATCH (a)-[r:PARTNERS_WITH]-(b)
RETURN a.name AS entity, b.name AS partner, r.evidence AS evidence, r.article AS article
ORDER BY partner, article, evidence
