-- title: Social posts per organisation per hour (crisis detection)
-- answers: When does a social-media crisis start? Posts per organisation per
--   hour, the share with negative customer sentiment (compound score below
--   -0.05), public threats and the audience reached. The firmware crisis shows
--   as one hour with many more, and more negative, posts than the others.
-- reads: channel, org, started_at, sentiment_customer, public_threat, reach
-- dedup: FINAL.
SELECT
    toStartOfHour(started_at) AS hour_start,
    org,
    count() AS posts,
    countIf(sentiment_customer < -0.05) AS negative_posts,
    round(countIf(sentiment_customer < -0.05) / count(), 3) AS negative_share,
    countIf(public_threat = 1) AS public_threats,
    sum(reach) AS total_reach
FROM {db}.interactions FINAL
WHERE channel = 'social'
GROUP BY hour_start, org
ORDER BY hour_start, org
