// name: agreements
// description: Documents a party signed or issued, with the other signers of each
// param: party (string) example=西沽街道党工委
MATCH (:Name {key: $party})-[:NAMES]->(p)
MATCH (p)-[r:SIGNS|ISSUES]->(d:Document)
WITH p, r, d
OPTIONAL MATCH (other)-[:SIGNS]->(d)
WHERE other.key <> p.key
RETURN p.name AS party, type(r) AS action, d.name AS document, other.name AS counterpart, r.evidence AS evidence
ORDER BY document, action, counterpart
// variant: ladybug
MATCH (:Name {key: $party})-[:NAMES]->(p)
MATCH (p)-[r:SIGNS|ISSUES]->(d:Document)
WITH p, r, d
OPTIONAL MATCH (other)-[:SIGNS]->(d)
WHERE other.key <> p.key
RETURN p.name AS party, label(r) AS action, d.name AS document, other.name AS counterpart, r.evidence AS evidence
ORDER BY document, action, counterpart
