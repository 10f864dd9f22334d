-- Cross-check: pair every two figures that state one claim (same non-empty claim_key) in two
-- loaded documents, and give each pair a verdict. $1 = run_id.
--
-- A figure stands for the interval [low, high], its width from the configured tolerance when the
-- figures were validated. Two figures agree when their intervals meet; touching counts: "over
-- 1.4 billion" and "1.4 billion" are one round number written two ways (gold: china_population),
-- so low_open is shown in the detail but does not decide a verdict. A disagreement is
--   conflict           both speak for the same date or period, or the figure is a one-off fact
--                      stated at an event (figures.event: "six proposals" at one speech; an
--                      event named "... (aggregate)" counts many meetings and is no one-off);
--   changed_over_time  a running total stated for two different dates, the later one higher;
--   regressed          a running total lower at the later date;
--   order_unknown      either date is unknown, so the order cannot be told: said, not guessed.
-- The date a figure speaks for is its period end, else its as-of date (which validation fills
-- from the document date, date_basis = 'document', when the text gives none).
--
-- Not paired, because they do not state the same quantity:
--   * running totals from different starts: two periods whose starts are both known and differ
--     ("March to May" vs "January to April"; "in March" vs "in April"). Periods with one start
--     and different ends ("since March 1" to April 30 vs to May 31) are one running total;
--   * one-off facts stated at two different events (six proposals at the WHA, four at the G20);
--   * different units or kinds under one key (USD vs RMB): sql/checks/claim_units_consistent
--     reports those keys instead of a meaningless verdict.
-- Each unordered pair of figures appears once (a.doc_id < b.doc_id). A document that restates a
-- figure is paired through each statement, as the gold does; alerts/refresh.sql raises one alert
-- per distinct pair of statements.
--
-- Cost: the self-join is blocked on claim_key and only keys stated in two or more documents
-- enter it, so the work is the sum over keys of (documents per key)², not the corpus squared.

CREATE OR REPLACE TEMP MACRO aw_num(v) AS format('{:,.12g}', v);

-- "= 340,000,000" for an exact figure, "in (40, 44]" for more than 40 (tolerance 0.1).
CREATE OR REPLACE TEMP MACRO aw_interval(lo, hi, lo_open) AS
    CASE WHEN lo = hi AND NOT lo_open THEN '= ' || aw_num(lo)
         ELSE 'in ' || (CASE WHEN lo_open THEN '(' ELSE '[' END) || aw_num(lo) || ', '
              || aw_num(hi) || ']'
    END;

-- The date a figure speaks for, in words: the period, the stated date, or the document date.
CREATE OR REPLACE TEMP MACRO aw_when(p_start, p_end, speaks_for, basis) AS
    CASE WHEN speaks_for IS NULL THEN 'an unknown date'
         WHEN p_start IS NOT NULL AND p_end IS NOT NULL
             THEN p_start::VARCHAR || ' to ' || p_end::VARCHAR
         WHEN basis = 'document' THEN speaks_for::VARCHAR || ' (the document''s date)'
         ELSE speaks_for::VARCHAR
    END;

DELETE FROM crosschecks;

-- Figures that can pair, each with its words made once here rather than once per pair.
-- Blocking: a key stated in only one loaded document has no partner and stays out of the join.
CREATE OR REPLACE TEMP TABLE _pairable AS
WITH live AS (
    SELECT f.figure_id, f.doc_id, f.claim_key, f.low, f.high, f.unit, f.kind,
           -- many calls or meetings counted together are a running total, not a one-off event
           CASE WHEN f.event NOT LIKE '%(aggregate)' THEN f.event END AS event,
           f.period_start, coalesce(f.period_end, f.as_of) AS speaks_for,
           -- (|| rather than format(): this runs once per figure of a shared claim)
           '"' || f.surface || '" ' || aw_interval(f.low, f.high, f.low_open) || ' for '
           || aw_when(f.period_start, f.period_end, coalesce(f.period_end, f.as_of),
                      -- a date no words of the text gave is the document's own date
                      CASE WHEN f.period_text IS NULL AND f.period_end IS NULL
                                AND f.as_of = d.published_on THEN 'document'
                           ELSE f.date_basis END) AS words
    FROM figures AS f
    JOIN documents AS d USING (doc_id)
    WHERE d.status = 'loaded' AND f.claim_key <> ''
      AND f.claim_key IN (
          SELECT f2.claim_key FROM figures AS f2 JOIN documents AS d2 USING (doc_id)
          WHERE d2.status = 'loaded' AND f2.claim_key <> ''
          GROUP BY f2.claim_key HAVING min(f2.doc_id) < max(f2.doc_id))  -- 2+ documents
)
SELECT * FROM live;

INSERT INTO crosschecks
WITH pairs AS (
    SELECT a.claim_key,
           -- orient each pair: x speaks for the earlier date; on a tie or an unknown date x is
           -- the figure of the smaller doc_id, so the orientation (and check_id) is stable
           CASE WHEN b.speaks_for < a.speaks_for THEN b ELSE a END AS x,
           CASE WHEN b.speaks_for < a.speaks_for THEN a ELSE b END AS y
    FROM _pairable AS a
    JOIN _pairable AS b ON a.claim_key = b.claim_key AND a.doc_id < b.doc_id
    WHERE (a.period_start IS NULL OR b.period_start IS NULL OR a.period_start = b.period_start)
      AND (a.event IS NULL OR b.event IS NULL OR a.event = b.event)
      AND a.kind = b.kind
      AND (a.unit IS NULL OR b.unit IS NULL OR a.unit = b.unit)
),
verdicts AS (
    SELECT claim_key, x, y,
        CASE
            WHEN x.high >= y.low AND y.high >= x.low THEN 'agree'
            WHEN x.event IS NOT NULL OR y.event IS NOT NULL THEN 'conflict'
            WHEN x.speaks_for IS NULL OR y.speaks_for IS NULL THEN 'order_unknown'
            WHEN x.speaks_for = y.speaks_for THEN 'conflict'
            WHEN y.low >= x.high THEN 'changed_over_time'
            ELSE 'regressed'
        END AS verdict
    FROM pairs
)
SELECT
    x.figure_id || '|' || y.figure_id AS check_id,
    claim_key,
    x.figure_id AS figure_id_a,
    y.figure_id AS figure_id_b,
    x.doc_id AS doc_id_a,
    y.doc_id AS doc_id_b,
    verdict,
    x.words || ' vs ' || y.words || ': ' ||
        CASE verdict
            WHEN 'agree' THEN 'the figures agree (their intervals meet)'
            WHEN 'conflict' THEN
                CASE WHEN coalesce(x.event, y.event) IS NOT NULL
                     THEN 'they contradict each other about one event, '
                          || coalesce(x.event, y.event)
                     ELSE 'they contradict each other for the same date' END
            WHEN 'order_unknown' THEN
                'they differ and the date of at least one is unknown, so it cannot be told '
                || 'whether this is a change over time or a contradiction'
            WHEN 'changed_over_time' THEN 'a running total that grew between the two dates'
            ELSE 'a running total that is lower at the later date than at the earlier one'
        END || '.' AS detail,
    x.speaks_for AS date_a,
    y.speaks_for AS date_b,
    $1 AS run_id
FROM verdicts;

DROP TABLE _pairable;
