// name: initiatives
// description: Initiatives (campaigns, programmes, platforms) and who launches or runs them; launcher optional
// param: launcher (string) example=河西区 default=
MATCH (:Name {key: $launcher})-[:NAMES]->(l)-[r:LAUNCHES]->(i:Initiative)
RETURN i.name AS initiative, l.name AS launcher, r.evidence AS evidence, r.article AS article
ORDER BY initiative, launcher, article
UNION ALL
MATCH (l)-[r:LAUNCHES]->(i:Initiative)
WHERE $launcher = ''
RETURN i.name AS initiative, l.name AS launcher, r.evidence AS evidence, r.article AS article
ORDER BY initiative, launcher, article
