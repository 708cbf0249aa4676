// name: most_active
// description: The organizations and regions that held or joined the most events in a period (undated events count only without bounds)
// param: since (date) example=2023-01-01 default=
// param: until (date) example=2025-12-31 default=9999-12-31
// param: limit (integer) example=10 default=10
MATCH (a)-[:HOLDS|PARTICIPATES_IN]->(e:Event)
WHERE coalesce(e.date, '') >= $since AND coalesce(e.date, '') <= $until
RETURN a.name AS name, count(DISTINCT e.key) AS events
ORDER BY events DESC, name
LIMIT $limit
