// name: organization_events
// description: Events an organization held or took part in (a union's activities), with the evidence
// param: organization (string) example=东丽区总工会
MATCH (:Name {key: $organization})-[:NAMES]->(o:Organization)
MATCH (o)-[r:HOLDS]->(e:Event)
RETURN o.name AS organization, 'held' AS role, e.name AS event, e.kind AS kind, e.date AS date, r.evidence AS evidence
UNION ALL
MATCH (:Name {key: $organization})-[:NAMES]->(o:Organization)
MATCH (o)-[r:PARTICIPATES_IN]->(e:Event)
RETURN o.name AS organization, 'took part' AS role, e.name AS event, e.kind AS kind, e.date AS date, r.evidence AS evidence
