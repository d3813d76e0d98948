-- title: Promises with a due time, and whether they were kept
-- answers: Which organisations state when they will act ("within 48 hours",
--   "by Friday"), how many of those due times have passed, and how many
--   promises were followed, after their due time, by a customer on the same
--   case saying a promise was broken: the promises most visibly not kept.
-- reads: id, org, case_id, started_at, promise_kinds, promise_due_at, broken_promise_claim
-- dedup: uniqExact(id) / uniqExactIf(id, ...); the case's last claim is a max, which replays do not change.
SELECT
    org,
    uniqExact(id) AS promising_contacts,
    uniqExactIf(id, ifNull(promise_due_at > toDateTime(0), 0)) AS with_due_time,
    uniqExactIf(id, ifNull(promise_due_at < now(), 0)) AS due_passed,
    uniqExactIf(id, ifNull(last_claim_at > promise_due_at, 0)) AS claimed_broken_after_due
FROM
(
    SELECT id, org, case_id, promise_due_at
    FROM {db}.interactions
    WHERE notEmpty(promise_kinds)
) AS promising
ANY LEFT JOIN
(
    SELECT case_id, max(started_at) AS last_claim_at
    FROM {db}.interactions
    WHERE broken_promise_claim = 1 AND case_id != ''
    GROUP BY case_id
) AS claims USING case_id
GROUP BY org
ORDER BY claimed_broken_after_due DESC, due_passed DESC, org
