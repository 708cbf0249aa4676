// name: people
// description: People and their posts in an organization (and the organizations under it)
// param: organization (string) example=天津市地震局
MATCH (:Name {key: $organization})-[:NAMES]->(named:Organization)
WITH collect(named.key) AS keys UNWIND keys AS k
MATCH (o:Organization {key: k})
MATCH (unit:Organization)-[:PART_OF*0..2]->(o)
MATCH (p:Person)-[r:HOLDS_POSITION]->(unit)
RETURN p.name AS person, r.title AS title, unit.name AS organization, r.evidence AS evidence
ORDER BY organization, person, title
