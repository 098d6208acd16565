"""The verdict of an exercise checker: ✅ or ❌ with a message for the student.

A checker never raises on a wrong answer (a student's notebook must run through); it explains what
is still wrong.

>>> passed("تم")
✅ تم
>>> failed("عدد الجمل")
❌ Not yet: عدد الجمل
"""
from __future__ import annotations

import html as _html
from dataclasses import dataclass


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
        return f'<div style="color:{colour}; font-weight:bold;">{mark} {_html.escape(self.message)}</div>'


def passed(message: str) -> Check:
    return Check(True, message)


def failed(message: str) -> Check:
    return Check(False, message)
