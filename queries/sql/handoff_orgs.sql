-- title: Where customers are sent: organisations named in handoffs
-- answers: Which organisations send customers to which others ("that's
--   handled by FixIt Repairs")? The names come from the handoff sentences
--   themselves (named off the hot path), so they show bounces to companies
--   that never appear in our own data.
-- reads: id, case_id, org, handoff_orgs
-- dedup: uniqExact(id), uniqExact(case_id).
SELECT
    org AS from_org,
    named_org AS to_org,
    uniqExact(id) AS interactions,
    uniqExact(case_id) AS cases
FROM {db}.interactions
ARRAY JOIN handoff_orgs AS named_org
GROUP BY from_org, to_org
ORDER BY interactions DESC, from_org, to_org
