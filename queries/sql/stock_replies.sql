-- title: Stock replies: one agent text sent to many customers
-- answers: Which agent replies are templates? Reply fingerprints (hash of the
--   normalised agent text) seen by three or more distinct customers, with how
--   many interactions and organisations used them, whether the text is a known
--   stock phrase, and one example of the text.
-- reads: reply_fingerprint, customer_id, author, id, org, stock_reply, turn_texts, turn_speakers
-- dedup: uniqExact(...); max and any are unaffected by copies.
SELECT
    reply_fingerprint,
    uniqExact(if(customer_id != '', customer_id, concat('@', author))) AS customers,
    uniqExact(id) AS interactions,
    uniqExact(org) AS orgs,
    max(stock_reply) AS known_stock_phrase,
    any(substringUTF8(arrayStringConcat(arrayFilter((t, s) -> s = 'agent', turn_texts, turn_speakers), ' / '), 1, 240)) AS example
FROM {db}.interactions
WHERE reply_fingerprint != 0
GROUP BY reply_fingerprint
HAVING customers >= 3
ORDER BY customers DESC, interactions DESC, reply_fingerprint
LIMIT 50
