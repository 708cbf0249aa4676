// name: cooperation_network
// description: Cooperation pairs (PARTNERS_WITH) between regions of two levels, with how often the papers state them
// param: from_level (string) example=district
// param: to_level (string) example=county
MATCH (a:Region)-[r:PARTNERS_WITH]-(b:Region)
WHERE a.level = $from_level AND b.level = $to_level AND (a.level <> b.level OR a.name < b.name)
RETURN a.name AS region, b.name AS partner, count(r) AS statements, count(DISTINCT r.source) AS sources
ORDER BY statements DESC, region, partner
