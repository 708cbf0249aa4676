// name: profile
// description: An entity's profile: type, aliases and its neighbours by relation type and direction
// param: name (string) example=河西区
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH (n)-[r]->(m) WHERE NOT m:Article
RETURN labels(n)[0] AS type, n.name AS name, n.aliases AS aliases, type(r) AS relation, 'out' AS direction,
       labels(m)[0] AS neighbour_type, m.name AS neighbour
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH (n)<-[r]-(m) WHERE NOT m:Article AND NOT m:Name
RETURN labels(n)[0] AS type, n.name AS name, n.aliases AS aliases, type(r) AS relation, 'in' AS direction,
       labels(m)[0] AS neighbour_type, m.name AS neighbour
// variant: ladybug
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH (n)-[r]->(m) WHERE label(m) <> 'Article'
RETURN label(n) AS type, n.name AS name, n.aliases AS aliases, label(r) AS relation, 'out' AS direction,
       label(m) AS neighbour_type, m.name AS neighbour
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH (n)<-[r]-(m) WHERE label(m) <> 'Article' AND label(m) <> 'Name'
RETURN label(n) AS type, n.name AS name, n.aliases AS aliases, label(r) AS relation, 'in' AS direction,
       label(m) AS neighbour_type, m.name AS neighbour
