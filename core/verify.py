"""Is this document what a final revision in the archive says? (``verify``)

A document of a final meeting prints its revision and code (core.reports.
revision_mark); an exchange file states its whole fingerprint. The code
finds the revision; then the content is compared, not the bytes: a .json by
its fingerprint (and, when that differs, part by part), a .docx or .pdf by its
words against the documents that revision renders, so a file opened and
saved again unchanged still matches and a changed statement does not. The
office's kop above the title is not compared (see ``_kop_words``): it is the
archive's profile, not the meeting.
"""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

from core import fingerprint as fp
from core import json_files
from core.errors import InputError
from core.i18n import _
from core.problems import problem

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
PDFTOTEXT_TIMEOUT_S = 60
#: how many of the reference's first words (its title) mark where a document's kop ends
TITLE_WORDS = 2
_REVISION = re.compile(r"\bRevisi\s+(\d+)\b")
#: lines of a PDF's text that a page adds, not the document: page numbers, the mark
_PAGE_LINE = re.compile(
    r"^\s*(Halaman\s+\d+(\s+dari\s+\d+)?|\d+|.*\bkode\s+[0-9A-F]{4}-.*)\s*$", re.I
)


#: what a page's layout puts before a line: "1.", "a)", "IV." (automatic numbering)
_LIST_NUMBER = re.compile(r"^\s*(\d{1,3}|[A-Za-z]|[IVXLC]{1,6})[.)](?=\s|$|[^\W\d])")
_LONE_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s*$")

#: the Tata Naskah Dinas page number ("- 2 -") that pdftotext may glue to the
#: first line of the page's text ("-2Ir. Hendra …")
_TND_NUMBER = re.compile(r"^\s*-\s*\d+\s*-?\s*")


class Outcome(NamedTuple):
    verdict: str  # "matches", "differs" or "unknown"
    sentence: str = ""
    meeting_id: int | None = None
    revision: int | None = None
    title: str = ""

    def line(self) -> str:
        if self.verdict == "matches":
            return f"matches\t{self.meeting_id}\t{self.revision}\t{' '.join(self.title.split())}"
        return f"{self.verdict}\t{self.sentence}"


def verify_file(store: Any, path: str | Path) -> Outcome:
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".json", ".docx", ".pdf"):
        raise InputError(_("{path}: verify reads .docx, .pdf or .json files").format(path=p))
    if suffix == ".json":
        return _verify_json(store, p)
    # the one reader of files a clerk names: a FIFO, a device or a folder is refused
    raw = json_files.read_limited(
        p, MAX_DOCUMENT_BYTES, _("{path}: too large for a Notula document")
    )
    text, body = _docx_text(p, raw) if suffix == ".docx" else _pdf_text(p, raw)
    return _verify_document(store, text, body, pdf=suffix == ".pdf")


# ---- exchange files --------------------------------------------------------------


def _verify_json(store: Any, p: Path) -> Outcome:
    from core import exchange

    meeting = exchange.load_file(p)["meeting"]
    stated = meeting.get("fingerprint")
    if not stated:
        return Outcome("unknown", _("the file states no fingerprint: not a final revision"))
    candidates = _candidates(store, stated, meeting.get("revision"))
    if not candidates:
        return Outcome("unknown", _("no final revision in the archive has this fingerprint"))
    found = candidates[0]
    if fp.fingerprint(meeting) == found.fingerprint:
        return _matches(found)
    part = _first_difference(fp.content_of(found.document["meeting"]), fp.content_of(meeting))
    return Outcome(
        "differs",
        _("{part} differs from revision {revision} of meeting {id}").format(
            part=part, revision=found.revision, id=found.meeting_id
        ),
    )


def _first_difference(expected: dict[str, Any], got: dict[str, Any]) -> str:
    """Where two meeting objects first differ, e.g. ``statements[3]`` or ``title``."""
    for key in sorted(set(expected) | set(got)):
        a, b = expected.get(key), got.get(key)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list):
            for n in range(max(len(a), len(b))):
                if n >= len(a) or n >= len(b) or a[n] != b[n]:
                    return f"{key}[{n + 1}]"
        return key
    return "meeting"


# ---- documents -------------------------------------------------------------------


def _docx_text(p: Path, raw: bytes) -> tuple[str, str]:
    """All the document's text (footers too, for the code) and its body's."""
    import zipfile

    from docx import Document

    try:
        doc = Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(
            _("{path}: not a Word document ({problem})").format(path=p, problem=problem(exc))
        ) from None
    body = _paragraph_text(doc.element.body)
    footers = [
        _paragraph_text(part._element)
        for section in doc.sections
        for part in (section.footer, section.header, section.first_page_footer)
    ]
    return "\n".join([body, *footers]), body


def _paragraph_text(element: Any) -> str:
    from docx.oxml.ns import qn

    lines = []
    for paragraph in element.iter(qn("w:p")):
        lines.append("".join(t.text or "" for t in paragraph.iter(qn("w:t"))))
    return "\n".join(lines)


def _pdf_text(p: Path, raw: bytes) -> tuple[str, str]:
    """The PDF's text (pdftotext), and that text without the lines each page adds."""
    try:
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"],
            input=raw,
            capture_output=True,
            timeout=PDFTOTEXT_TIMEOUT_S,
            check=False,
        )
    except FileNotFoundError:
        raise InputError(
            _("reading a PDF needs pdftotext (poppler-utils); install it and try again")
        ) from None
    except subprocess.TimeoutExpired:
        raise InputError(_("{path}: reading the PDF took too long").format(path=p)) from None
    if done.returncode != 0:
        raise InputError(_("{path}: not a readable PDF").format(path=p))
    text = done.stdout.decode("utf-8", "replace")
    body = "\n".join(
        _TND_NUMBER.sub("", line) for line in text.splitlines() if not _PAGE_LINE.match(line)
    )
    return text, body


def tokens(text: str, *, pdf: bool = False) -> list[str]:
    """The words of a text, whatever the layout: case, spacing, line breaks and
    ligatures aside. With ``pdf`` (for both sides of a PDF's comparison) the
    numbers a page's layout adds are left out too: a list number at the start
    of a line (a PDF prints Word's automatic numbers, the text has none) and
    a number alone on its line (page numbers, the daftar hadir's No column,
    which pdftotext may put apart). Every other number counts: a changed
    date, time or quantity is a changed document."""
    if pdf:
        text = "\n".join(
            _LIST_NUMBER.sub("", line, count=1)
            for line in text.splitlines()
            if not _LONE_NUMBER.match(line)
        )
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower())


def words(text: str, *, pdf: bool = False) -> Counter[str]:
    return Counter(tokens(text, pdf=pdf))


def _verify_document(store: Any, text: str, body: str, *, pdf: bool) -> Outcome:
    from core.exchange import meeting_from_dict
    from core.reports.render import KINDS, build

    digits = fp.find_code(text)
    if digits is None:
        return Outcome("unknown", _("the document carries no Notula code (not a final revision)"))
    stated = _REVISION.search(text)
    candidates = _candidates(store, digits, int(stated.group(1)) if stated else None)
    if not candidates:
        return Outcome("unknown", _("no final revision in the archive has this code"))
    found = candidates[0]
    meeting = meeting_from_dict(found.document)
    settings = store.all_settings()
    kop = _kop_words(settings, pdf=pdf)
    document = tokens(body, pdf=pdf)
    best: tuple[int, list[str], list[str]] | None = None
    for kind in KINDS:
        # the source as the revision was final: the notula counts who joined online
        built = build(kind, meeting, settings, source=found.source)
        expected = _without_kop(tokens(_body_of(built), pdf=pdf), kop)
        got = _from_title(document, expected)
        distance = sum(
            ((Counter(expected) - Counter(got)) + (Counter(got) - Counter(expected))).values()
        )
        if distance == 0:  # the same words: layout, fonts and line breaks do not count
            return _matches(found)
        if best is None or distance < best[0]:
            best = (distance, expected, got)
    assert best is not None
    part = _changed_part(meeting, best[1], best[2], pdf=pdf)
    return Outcome(
        "differs",
        _("{part} differs from revision {revision} of meeting {id}").format(
            part=part, revision=found.revision, id=found.meeting_id
        ),
    )


# ---- the kop is the office's, not the meeting's --------------------------------------
#
# The letterhead comes from the office profile of the archive at hand, which is
# neither in the fingerprint nor the same in every archive (a new telephone
# number, another archive without a profile): it is left out of the comparison.
# Every document puts the kop above its title and nothing else there, so the
# reference loses the kop it starts with and the document whatever precedes
# the reference's first words (its title): the text above the title is not
# verified, whoever wrote it.


def _kop_words(settings: dict[str, Any], *, pdf: bool) -> list[str]:
    """The words of the kop the archive's office profile prints (none without one)."""
    from core.reports.content import letterhead

    head = letterhead(settings)
    return tokens("\n".join([*head.lines, head.address, head.contact]), pdf=pdf)


def _without_kop(expected: list[str], kop: list[str]) -> list[str]:
    return expected[len(kop) :] if kop and expected[: len(kop)] == kop else expected


def _from_title(got: list[str], expected: list[str]) -> list[str]:
    """The document's words from where the reference's begin (its title) on."""
    anchor = expected[:TITLE_WORDS]
    for n in range(len(got) - len(anchor) + 1):
        if got[n : n + len(anchor)] == anchor:
            return got[n:]
    return got


def _body_of(docx_bytes: bytes) -> str:
    from docx import Document

    return _paragraph_text(Document(io.BytesIO(docx_bytes)).element.body)


def _changed_part(meeting: Any, expected: list[str], got: list[str], *, pdf: bool) -> str:
    """The part of the revision the document departs from, as ``statements[3]``.

    A PDF's text comes in another order than the document's (a table by
    columns, the label : value block labels first), which an alignment sees
    as words moved, not changed. So the part is found by the words the
    document lacks (a rare one counts more than "dan"), and among parts that
    hold as many by the most words in a row shared with the revision's text
    around the first place that holds a word put in or taken out; moved words
    are neither.
    """
    from difflib import SequenceMatcher

    counts = Counter(expected)
    added, removed = Counter(got) - counts, counts - Counter(got)
    changed = [
        op
        for op in SequenceMatcher(None, expected, got, autojunk=False).get_opcodes()
        if op[0] != "equal"
    ]
    _tag, i1, i2, j1, j2 = next(
        (op for op in changed if any(w in added for w in got[op[3] : op[4]])),
        next(
            (op for op in changed if any(w in removed for w in expected[op[1] : op[2]])), changed[0]
        ),
    )
    window = expected[max(0, i1 - 4) : max(i2, i1 + 1) + 4]
    best, best_key = None, (0.0, 0)
    for name, text in _parts(meeting):
        part = tokens(text, pdf=pdf)
        lacks = sum(
            min(n, removed[w]) / counts[w] for w, n in Counter(part).items() if w in removed
        )
        size = SequenceMatcher(None, window, part, autojunk=False).find_longest_match().size
        if (lacks, size) > best_key:
            best, best_key = name, (lacks, size)
    if best is not None:
        return best
    return _("the text (near: {words})").format(words=" ".join(got[j1 : j2 + 1][:8]))


def _parts(meeting: Any) -> list[tuple[str, str]]:
    """The meeting's parts a document prints, by the name ``verify`` gives them."""
    parts: list[tuple[str, str]] = [("title", meeting.title)]
    for key in ("statements", "decisions", "actions", "agenda"):
        for n, item in enumerate(getattr(meeting, key), start=1):
            parts.append((f"{key}[{n}]", getattr(item, "text", None) or item.title))
    parts += [(f"attendees[{n}]", a.name or "") for n, a in enumerate(meeting.attendees, 1)]
    parts += [("opening", meeting.opening or ""), ("closing", meeting.closing or "")]
    return parts


def _candidates(store: Any, prefix: str, revision: int | None) -> list[Any]:
    found = store.final_revisions(prefix)
    if revision is not None:
        found = [r for r in found if r.revision == revision] or found
    return found


def _matches(found: Any) -> Outcome:
    title = found.document["meeting"].get("title", "")
    return Outcome("matches", meeting_id=found.meeting_id, revision=found.revision, title=title)
