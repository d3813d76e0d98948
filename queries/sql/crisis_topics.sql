-- title: Products and symptoms customers complain about
-- answers: What is the crisis about? Per product keyword: complaining
--   interactions, how many were public social posts, first
--   and last seen, and the symptoms mentioned with it. A firmware update that
--   bricks devices shows as one product with a burst of social complaints and
--   one dominant symptom.
-- reads: id, channel, started_at, complaint, topic_products, topic_symptoms
-- dedup: uniqExact(id) and uniqExactIf(id, ...).
SELECT
    product,
    uniqExact(id) AS complaints,
    uniqExactIf(id, channel = 'social') AS social_posts,
    min(started_at) AS first_seen,
    max(started_at) AS last_seen,
    arrayStringConcat(arraySort(groupUniqArrayArray(topic_symptoms)), ', ') AS symptoms
FROM {db}.interactions
ARRAY JOIN topic_products AS product
WHERE complaint = 1
GROUP BY product
ORDER BY complaints DESC, product
