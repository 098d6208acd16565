"""The verdict of an exercise checker: ✅ or ❌ with a message for the student.

A checker never raises on a wrong answer (a student's notebook must run through); it explains what
is still wrong.

>>> passed("تم")
✅ تم
>>> failed("عدد الجمل")
❌ Not yet: عدد الجمل
>>> failed("«فى» and «في» should meet")._repr_html_()
'<div style="color:#b00020; font-weight:bold;">❌ Not yet: <bdi>«فى»</bdi> and <bdi>«في»</bdi> should meet</div>'
"""
from __future__ import annotations

from dataclasses import dataclass

from kit.show.bidi import isolate_html


@dataclass
class Check:
    """The verdict of a checker: ``passed`` and a message for the student."""

    passed: bool
    message: str

    def __bool__(self) -> bool:
        return self.passed

    def __repr__(self) -> str:
        return ("✅ " if self.passed else "❌ Not yet: ") + self.message

    def _repr_html_(self) -> str:
        colour = "#1b7f3b" if self.passed else "#b00020"
        mark = "✅" if self.passed else "❌ Not yet:"
        # Arabic runs isolated: an English message that quotes Arabic keeps its word order.
        return f'<div style="color:{colour}; font-weight:bold;">{mark} {isolate_html(self.message)}</div>'


def passed(message: str) -> Check:
    return Check(True, message)


def failed(message: str) -> Check:
    return Check(False, message)
