-- title: Promises made and broken-promise claims per organisation
-- answers: Which organisations promise what (callback, visit, refund,
--   replacement, follow-up), and how often customers come back saying a
--   promise was broken. Claims per promising contact is the broken-promise
--   rate an organisation should watch.
-- reads: id, org, promise_kinds, broken_promise_claim
-- dedup: uniqExact(id) and uniqExactIf(id, ...).
SELECT
    org,
    uniqExact(id) AS interactions,
    uniqExactIf(id, notEmpty(promise_kinds)) AS with_promises,
    uniqExactIf(id, has(promise_kinds, 'callback')) AS callback,
    uniqExactIf(id, has(promise_kinds, 'visit')) AS visit,
    uniqExactIf(id, has(promise_kinds, 'refund')) AS refund,
    uniqExactIf(id, has(promise_kinds, 'replacement')) AS replacement,
    uniqExactIf(id, has(promise_kinds, 'follow_up')) AS follow_up,
    uniqExactIf(id, broken_promise_claim = 1) AS broken_promise_claims,
    round(uniqExactIf(id, broken_promise_claim = 1) / greatest(uniqExactIf(id, notEmpty(promise_kinds)), 1), 3) AS claims_per_promising_contact
FROM {db}.interactions
GROUP BY org
ORDER BY broken_promise_claims DESC, with_promises DESC, org
