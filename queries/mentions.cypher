// name: mentions
// description: Articles that mention an entity, with title, bylines, date and the words they used
// param: name (string) example=平凉市
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH (a:Article)-[m:MENTIONS]->(n)
RETURN a.id AS article, a.title AS title, a.bylines AS bylines, a.date AS date, m.surfaces AS surfaces
ORDER BY article
