// name: region_activity
// description: Events in a region and its sub-regions (held there, by it, or by organizations or at places located there), newest first
// param: region (string) example=河西区
// param: since (date) example=2023-01-01 default=
// param: until (date) example=2025-12-31 default=9999-12-31
MATCH (r:Region) WHERE r.name = $region OR $region IN r.aliases
MATCH (sub:Region)-[:PART_OF*0..3]->(r)
MATCH (sub)-[:HOLDS|HELD_AT|LOCATED_IN*1..2]-(e:Event)
WHERE coalesce(e.date, '') >= $since AND coalesce(e.date, '') <= $until
RETURN DISTINCT e.name AS event, e.kind AS kind, e.date AS date, sub.name AS region
ORDER BY date DESC, event, region
