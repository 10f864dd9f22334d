-- severity: fail
-- The interval rule: every figure's interval contains the stated value (open low end aside)
-- and is not inverted; the verdicts rest on it.
SELECT figure_id, surface, value, qualifier, low, high, low_open
FROM figures
WHERE high < low
   OR value > high
   OR (value < low)
   OR (low_open AND qualifier NOT IN ('more_than'))
ORDER BY figure_id
