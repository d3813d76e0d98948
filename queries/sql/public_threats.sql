-- title: Public threats, largest audience first
-- answers: Which customers threatened to go public, on which channel and
--   against which organisation, and how many followers they reach: the posts
--   to answer first.
-- reads: id, case_id, org, channel, author, reach, escalation_level, sentiment_customer, started_at, public_threat
-- dedup: FINAL.
SELECT
    started_at,
    org,
    channel,
    author,
    reach AS followers,
    escalation_level,
    round(sentiment_customer, 3) AS customer_sentiment,
    case_id,
    id
FROM {db}.interactions FINAL
WHERE public_threat = 1
ORDER BY followers DESC, started_at, id
LIMIT 100
