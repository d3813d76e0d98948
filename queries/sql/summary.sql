-- title: Interactions per channel, and how many of them show a runaround
-- answers: For each channel (voice, chat, social): how many interactions, and
--   how many of them had a handoff, a handoff to a separate company, an
--   escalation, a public threat, a broken-promise claim or a dead end. This is
--   what `runaround summary` prints.
-- reads: id, channel, handoff_count, cross_company, escalation_level, public_threat, broken_promise_claim, dead_end
-- dedup: uniqExact(id) and uniqExactIf(id, ...): a replayed interaction is counted once, merged or not.
SELECT
    channel,
    uniqExact(id) AS interactions,
    uniqExactIf(id, handoff_count > 0) AS handoffs,
    uniqExactIf(id, cross_company = 1) AS cross_company_handoffs,
    uniqExactIf(id, escalation_level > 0) AS escalations,
    uniqExactIf(id, public_threat = 1) AS public_threats,
    uniqExactIf(id, broken_promise_claim = 1) AS broken_promise_claims,
    uniqExactIf(id, dead_end = 1) AS dead_ends
FROM {db}.interactions
GROUP BY channel
ORDER BY channel
