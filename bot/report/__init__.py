"""The report for a healthcare provider (/report): four weeks of diary, breaks, foot checks and
/check outcomes as a PNG chart and a PDF, drawn from plain data (no telegram, no SQL)."""
