"""The one orchestrator and its typed result (see :mod:`kit.analysis.pipeline`).

>>> analyze_text("خبر\\n\\nوصل الوزير أمس.", dct="2020-03-04").timexes[0].value
'2020-03-03'
"""
from kit.analysis.pipeline import STAGES, Analysis, analyze, analyze_text, as_analysis, check_offsets, schema, validate

__all__ = ["STAGES", "Analysis", "analyze", "analyze_text", "as_analysis", "check_offsets", "schema", "validate"]
