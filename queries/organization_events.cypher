// name: organization_events
// description: Events an organization held or took part in (a union's activities), with the evidence
// param: organization (string) example=东丽区总工会
MATCH (o:Organization)-[r:HOLDS]->(e:Event)
WHERE o.name = $organization OR $organization IN o.aliases
RETURN o.name AS organization, 'held' AS role, e.name AS event, e.kind AS kind, e.date AS date, r.evidence AS evidence
UNION ALL
MATCH (o:Organization)-[r:PARTICIPATES_IN]->(e:Event)
WHERE o.name = $organization OR $organization IN o.aliases
RETURN o.name AS organization, 'took part' AS role, e.name AS event, e.kind AS kind, e.date AS date, r.evidence AS evidence
