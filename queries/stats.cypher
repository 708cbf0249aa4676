// name: stats
// description: Graph statistics: nodes by label and relationships by type
MATCH (n)
RETURN 'node' AS kind, labels(n)[0] AS name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
// variant: ladybug
MATCH (n)
RETURN 'node' AS kind, label(n) AS name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, label(r) AS name, count(*) AS count
