-- title: Daily mean customer sentiment per channel
-- answers: Is the customers' tone getting better or worse? Mean compound
--   sentiment of the customer turns, per day and channel, with the number of
--   interactions and the share that ended worse than they began. The
--   plain-VADER mean of the whole interaction is beside it, to show what the
--   support-domain layer adds.
-- reads: started_at, channel, sentiment_customer, sentiment_vader, trajectory
-- dedup: FINAL (avg would weigh a replayed row twice).
SELECT
    toDate(started_at) AS day,
    channel,
    count() AS interactions,
    round(avg(sentiment_customer), 4) AS mean_customer_sentiment,
    round(avg(sentiment_vader), 4) AS mean_vader_sentiment,
    round(countIf(trajectory < 0) / count(), 3) AS worsening_share
FROM {db}.interactions FINAL
GROUP BY day, channel
ORDER BY day, channel
