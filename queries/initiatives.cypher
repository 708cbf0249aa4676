// name: initiatives
// description: Initiatives (campaigns, programmes, platforms) and who launches or runs them; launcher optional
// param: launcher (string) example=河西区 default=
MATCH (l)-[r:LAUNCHES]->(i:Initiative)
WHERE $launcher = '' OR l.name = $launcher OR $launcher IN l.aliases
RETURN i.name AS initiative, l.name AS launcher, r.evidence AS evidence, r.article AS article
ORDER BY initiative, launcher, article
