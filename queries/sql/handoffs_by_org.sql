-- title: Handoffs by organisation and queue
-- answers: Where are customers passed on? Per organisation and starting queue:
--   interactions, how many had a handoff, the total number of transfers, how
--   many sent the customer to a separate company, how many sent them back to
--   a queue already visited (transfer loops), how many ended in a dead end or
--   a policy wall, and how many transfers were cold (no briefing of the next
--   party: the customer starts again from zero).
-- reads: org, queue, handoff_count, handoff_warm, cross_company, transfer_loop, dead_end, policy_wall
-- dedup: FINAL (sums of handoff_count must not add a replayed row twice).
SELECT
    org,
    queue,
    count() AS interactions,
    countIf(handoff_count > 0) AS with_handoffs,
    sum(handoff_count) AS handoffs,
    sum(handoff_count) - sum(handoff_warm) AS cold_handoffs,
    countIf(cross_company = 1) AS cross_company_handoffs,
    countIf(transfer_loop = 1) AS transfer_loops,
    countIf(dead_end = 1) AS dead_ends,
    countIf(policy_wall = 1) AS policy_walls,
    round(countIf(handoff_count > 0) / count(), 3) AS handoff_share
FROM {db}.interactions FINAL
GROUP BY org, queue
ORDER BY handoffs DESC, cross_company_handoffs DESC, org, queue
