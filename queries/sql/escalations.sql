-- title: Escalation levels per organisation, with public threats and their reach
-- answers: How far do customers escalate (0 none, 1 supervisor or complaint,
--   2 cancel, 3 public, 4 legal), per organisation, and how many of them
--   threaten to go public, with the audience (followers) those threats reach.
-- reads: org, escalation_level, public_threat, reach
-- dedup: FINAL (reach is summed).
SELECT
    org,
    escalation_level,
    transform(escalation_level, [0, 1, 2, 3, 4], ['none', 'supervisor/complaint', 'cancel', 'public', 'legal'], 'unknown') AS level_name,
    count() AS interactions,
    countIf(public_threat = 1) AS public_threats,
    sumIf(reach, public_threat = 1) AS threat_reach,
    maxIf(reach, public_threat = 1) AS max_threat_reach
FROM {db}.interactions FINAL
GROUP BY org, escalation_level
ORDER BY org, escalation_level
