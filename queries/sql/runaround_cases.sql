-- title: Runaround cases: one problem, several companies or a transfer loop
-- answers: Which cases bounced the customer around? Cases whose contacts span
--   two or more organisations, or that contain a transfer loop, with the
--   number of contacts, the organisations and channels involved, handoffs to
--   separate companies, broken-promise claims, the highest escalation and how
--   long the case stayed open. Most contacts, then most organisations, first:
--   the laptop story (retailer, repair company, manufacturer) tops the list.
-- reads: case_id, id, org, channel, transfer_loop, cross_company, broken_promise_claim, dead_end, escalation_level, started_at, ended_at
-- dedup: uniqExact(id) and uniqExactIf(id, ...); min/max are unaffected by copies.
SELECT
    case_id,
    uniqExact(id) AS contacts,
    uniqExact(org) AS orgs,
    arrayStringConcat(arraySort(groupUniqArray(toString(org))), ', ') AS org_list,
    arrayStringConcat(arraySort(groupUniqArray(toString(channel))), ', ') AS channels,
    uniqExactIf(id, cross_company = 1) AS cross_company_handoffs,
    uniqExactIf(id, transfer_loop = 1) AS transfer_loops,
    uniqExactIf(id, broken_promise_claim = 1) AS broken_promise_claims,
    uniqExactIf(id, dead_end = 1) AS dead_ends,
    max(escalation_level) AS max_escalation_level,
    min(started_at) AS first_contact,
    max(ended_at) AS last_contact,
    dateDiff('hour', min(started_at), max(ended_at)) AS hours_open
FROM {db}.interactions
WHERE case_id != ''
GROUP BY case_id
HAVING orgs >= 2 OR transfer_loops > 0
ORDER BY contacts DESC, orgs DESC, case_id
LIMIT 100
