"""The search language of the command line and the archive window (cli.md).

Every word must occur; ``word*`` is a prefix; ``"two words"`` a phrase;
``OR`` (in capitals) between two words lets either occur; ``-word`` leaves out
what holds it. Case and diacritics do not matter (the index folds both).

A query is parsed here, without SQL or Qt, into :class:`Query`, and turned
into an FTS5 MATCH string in which every piece of user text is a quoted FTS5
string: FTS5's own operators typed as text (``AND``, ``NEAR(``, ``^``,
``col:``) stay text, and only the operators built here are syntax.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from core.errors import InputError
from core.i18n import _

#: a shorter last word is not made a prefix while the clerk types: "da*" would
#: merge the postings of every word starting with "da" across the archive
PREFIX_MIN = 3
#: the Unicode categories the index keeps as parts of words (see core.store.schema)
WORD_CATEGORIES = frozenset({"Co", "So"})


class QuerySyntaxError(InputError):
    """A query that cannot be read (an unclosed quote, nothing but exclusions)."""


def syntax_hint() -> str:
    """The syntax in one line, for error messages and the archive window."""
    return _(
        'all words must occur; word* a prefix; "two words" a phrase; '
        "word OR word either; -word leaves out"
    )


@dataclass(frozen=True)
class Term:
    """One word or phrase as typed: its text, and whether it is a prefix."""

    text: str
    prefix: bool = False

    def fts(self) -> str:
        escaped = self.text.replace('"', '""')
        return f'"{escaped}"' + ("*" if self.prefix else "")


@dataclass
class Query:
    """A parsed query: groups that must all occur (each group one term, or
    several joined by OR) and terms that must not."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    def match(self) -> str | None:
        """The FTS5 MATCH string, or None when the query has no word to find."""
        if not self.groups:
            return None
        parts = []
        for group in self.groups:
            alternatives = " OR ".join(t.fts() for t in group)
            parts.append(f"({alternatives})" if len(group) > 1 else alternatives)
        wanted = " AND ".join(parts)
        if not self.excluded:
            return wanted
        unwanted = " OR ".join(t.fts() for t in self.excluded)
        return f"({wanted}) NOT ({unwanted})"


def _has_word(text: str) -> bool:
    """Whether the index would find a word in ``text`` (letters, digits, symbols
    such as emoji); ``*`` or ``...`` alone is nothing to look for."""
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] in "LN" or category in WORD_CATEGORIES:
            return True
    return False


@dataclass
class _Token:
    text: str
    phrase: bool = False
    prefix: bool = False
    negated: bool = False

    @property
    def is_or(self) -> bool:
        return self.text == "OR" and not (self.phrase or self.prefix or self.negated)


def _tokens(query: str) -> list[_Token]:
    text = unicodedata.normalize("NFKC", query)
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negated = text[i] == "-" and i + 1 < n and not text[i + 1].isspace()
        if negated:
            i += 1
        if text[i] == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise QuerySyntaxError(
                    _("the query has a quote that is not closed ({syntax})").format(
                        syntax=syntax_hint()
                    )
                )
            token = _Token(text[i + 1 : end], phrase=True, negated=negated)
            i = end + 1
            if i < n and text[i] == "*":
                token.prefix = True
                while i < n and text[i] == "*":
                    i += 1
        else:
            start = i
            while i < n and not text[i].isspace() and text[i] != '"':
                i += 1
            word = text[start:i]
            stripped = word.rstrip("*")
            token = _Token(stripped, prefix=stripped != word, negated=negated)
        tokens.append(token)
    return tokens


def parse(query: str, typing: bool = False) -> Query:
    """Read ``query``; raises :class:`QuerySyntaxError` when it cannot be read.

    ``typing``: the last plain word (of at least ``PREFIX_MIN`` characters) is
    also a prefix, as the archive window searches while the clerk types,
    unless a space follows it (the clerk has finished the word).
    """
    tokens = _tokens(query)
    parsed = Query()
    joined = False  # the previous token was an OR between two words
    for k, token in enumerate(tokens):
        if token.is_or:
            before = k > 0 and not tokens[k - 1].negated and not tokens[k - 1].is_or
            after = k + 1 < len(tokens) and not tokens[k + 1].negated
            if before and after and parsed.groups:
                joined = True
                continue
            # a dangling OR (at an end, or next to an exclusion) is the word "OR"
        if not _has_word(token.text):
            joined = False
            continue
        term = Term(token.text, token.prefix)
        if token.negated:
            parsed.excluded.append(term)
        elif joined:
            parsed.groups[-1].append(term)
        else:
            parsed.groups.append([term])
        joined = False
    if parsed.excluded and not parsed.groups:
        raise QuerySyntaxError(
            _("the query says only what to leave out; name a word to find ({syntax})").format(
                syntax=syntax_hint()
            )
        )
    finished = query[-1:].isspace()  # a space after the last word: the word is whole
    if typing and not finished and parsed.groups and tokens and not tokens[-1].negated:
        last = parsed.groups[-1][-1]
        plain = not tokens[-1].phrase and last.text == tokens[-1].text
        if plain and not last.prefix and len(last.text) >= PREFIX_MIN:
            parsed.groups[-1][-1] = Term(last.text, True)
    return parsed


def match_expression(query: str, typing: bool = False) -> str | None:
    """The FTS5 MATCH string for ``query`` (None: no word to look for)."""
    return parse(query, typing).match()
