"""Making what the clerk typed safe for Word without changing what it says.

Stored text stays exactly as typed; only the copy that goes into a document
is adjusted. Word's XML cannot hold most control characters (python-docx
raises on them), yet they arrive routinely: a vertical tab is how Word itself
marks a manual line break, and pasting from Word or a PDF brings it along.
So line-breaking characters become line breaks, tabs stay tabs, and every
other character XML 1.0 forbids is dropped.
"""

from __future__ import annotations

import re

TAB, BREAK = "\t", "\n"
# Characters that end a paragraph when the clerk typed them.
_PARAGRAPH_END = re.compile(r"\r\n|[\r\n\u2029]")
# Characters that mean "new line" inside a paragraph.
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Everything else XML 1.0 cannot hold, C1 controls, and lone surrogates.
_DROP = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_TOKENS = re.compile(r"(\t|\n)")


def split_paragraphs(text: str | None) -> list[str]:
    """The clerk's paragraphs: one per typed line, blank lines left out.

    Each paragraph is returned verbatim (leading spaces, tabs and all); a
    vertical tab inside one stays, to become a line break when written.
    """
    if not text:
        return []
    return [part for part in _PARAGRAPH_END.split(text) if part.strip()]


def clean(text: str | None) -> str:
    """Text as a document prints it: line breaks as ``\\n``, the unprintable dropped."""
    if not text:
        return ""
    return _DROP.sub("", _LINE_BREAK.sub(BREAK, text))


def tokens(text: str | None) -> list[str]:
    """``clean(text)`` cut into runs of text, ``TAB`` and ``BREAK`` tokens."""
    return [t for t in _TOKENS.split(clean(text)) if t]


def first_line(text: str | None) -> str:
    """For places that hold one line (file names, headlines): breaks become spaces."""
    return " ".join(clean(text).replace(TAB, " ").split())
