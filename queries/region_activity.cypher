// name: region_activity
// description: Events in a region and its sub-regions (held there, by it, or by organizations located there), newest first
// param: region (string) example=河西区
// param: since (date) example=2023-01-01 default=
// param: until (date) example=2025-12-31 default=9999-12-31
MATCH (r:Region) WHERE r.name = $region OR $region IN r.aliases
MATCH (sub:Region)-[:PART_OF*0..3]->(r)
MATCH (e:Event)
WHERE (EXISTS { MATCH (sub)-[:HOLDS]->(e) }
       OR EXISTS { MATCH (e)-[:HELD_AT]->(sub) }
       OR EXISTS { MATCH (sub)<-[:LOCATED_IN]-(:Organization)-[:HOLDS]->(e) })
  AND coalesce(e.date, '') >= $since AND coalesce(e.date, '') <= $until
RETURN DISTINCT e.name AS event, e.kind AS kind, e.date AS date, sub.name AS region
ORDER BY date DESC, event, region
