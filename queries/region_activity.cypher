// name: region_activity
// description: Events in a region and its sub-regions (held there, by it, or by organizations or at places located there), newest first
// param: region (string) example=河西区
// param: since (date) example=2023-01-01 default=
// param: until (date) example=2025-12-31 default=9999-12-31
MATCH (:Name {key: $region})-[:NAMES]->(named:Region)
WITH collect(named.key) AS keys UNWIND keys AS k
MATCH (r:Region {key: k})
MATCH (sub:Region)-[:PART_OF*0..3]->(r)
WITH collect(sub.key) AS subs UNWIND subs AS s
MATCH (sub:Region {key: s})
MATCH (site)-[:LOCATED_IN*0..1]->(sub)
MATCH (site)-[:HOLDS|HELD_AT]-(e:Event)
WHERE coalesce(e.date, '') >= $since AND coalesce(e.date, '') <= $until
RETURN DISTINCT e.name AS event, e.kind AS kind, e.date AS date, sub.name AS region
ORDER BY date DESC, event, region
