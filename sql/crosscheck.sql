-- Cross-check: pair every two figures that state one claim (same claim_key) in two loaded
-- documents, and give each pair a verdict. $1 = run_id.
-- A figure stands for the interval [low, high] (low excluded when low_open). Figures agree when
-- their intervals meet. A disagreement is a conflict when both speak for the same date or period,
-- or the figure is a one-off fact stated at an event; otherwise the pair is ordered by the dates
-- the figures speak for: a running total that grew is changed_over_time, one that fell regressed;
-- when either date is unknown the verdict says so (order_unknown) rather than guess.
-- Two figures for different closed periods ("March to May" vs "January to April") count
-- different things and are not paired.
DELETE FROM crosschecks;

INSERT INTO crosschecks
WITH f AS (
    SELECT f.figure_id, f.doc_id, f.claim_key, f.value, f.qualifier, f.low, f.high, f.low_open,
           f.period_start, f.period_end, f.event, f.surface,
           coalesce(f.period_end, f.as_of) AS speaks_for
    FROM figures AS f
    JOIN documents AS d USING (doc_id)
    WHERE d.status = 'loaded' AND f.claim_key <> ''
),
pairs AS (
    SELECT a.claim_key,
           -- orient each pair: a is the figure speaking for the earlier date (else smaller id)
           CASE WHEN b.speaks_for < a.speaks_for THEN b ELSE a END AS x,
           CASE WHEN b.speaks_for < a.speaks_for THEN a ELSE b END AS y
    FROM f AS a
    JOIN f AS b ON a.claim_key = b.claim_key AND a.doc_id < b.doc_id
    WHERE NOT (a.period_start IS NOT NULL AND b.period_start IS NOT NULL
               AND a.period_end IS NOT NULL AND b.period_end IS NOT NULL
               AND (a.period_start <> b.period_start OR a.period_end <> b.period_end))
),
judged AS (
    SELECT *,
        (CASE WHEN y.low_open THEN x.high > y.low ELSE x.high >= y.low END)
        AND (CASE WHEN x.low_open THEN y.high > x.low ELSE y.high >= x.low END) AS meet
    FROM pairs
),
verdicts AS (
    SELECT *,
        CASE
            WHEN meet THEN 'agree'
            WHEN x.event IS NOT NULL OR y.event IS NOT NULL THEN 'conflict'
            WHEN x.period_start IS NOT NULL AND y.period_start IS NOT NULL THEN 'conflict'
            WHEN x.speaks_for IS NULL OR y.speaks_for IS NULL THEN 'order_unknown'
            WHEN x.speaks_for = y.speaks_for THEN 'conflict'
            WHEN y.low >= x.high THEN 'changed_over_time'
            ELSE 'regressed'
        END AS verdict
    FROM judged
)
SELECT
    x.figure_id || '|' || y.figure_id AS check_id,
    claim_key,
    x.figure_id AS figure_id_a,
    y.figure_id AS figure_id_b,
    x.doc_id AS doc_id_a,
    y.doc_id AS doc_id_b,
    verdict,
    format('"{}" = {} [{}, {}] as of {} vs "{}" = {} [{}, {}] as of {}: {}',
        x.surface, x.value, x.low, x.high, coalesce(x.speaks_for::VARCHAR, 'unknown date'),
        y.surface, y.value, y.low, y.high, coalesce(y.speaks_for::VARCHAR, 'unknown date'),
        CASE verdict
            WHEN 'agree' THEN 'the intervals meet'
            WHEN 'conflict' THEN 'the intervals do not meet for the same date, period or event'
            WHEN 'order_unknown' THEN 'the intervals do not meet and the order of the dates is unknown'
            WHEN 'changed_over_time' THEN 'a running total that grew between the two dates'
            ELSE 'a running total that is lower at the later date'
        END) AS detail,
    x.speaks_for AS date_a,
    y.speaks_for AS date_b,
    $1 AS run_id
FROM verdicts;
