"""The JSON decoder's reasons are said in the language of the run."""

from __future__ import annotations

import json

import pytest

from core import i18n, json_files

BROKEN = ["", "{bad", '{"a" 1}', '{"a":1 "b":2}', '"abc', '"a\x01"', '"\\q"', '"\\u12"', "{} x"]


def decode_error(text: str) -> json.JSONDecodeError:
    with pytest.raises(json.JSONDecodeError) as info:
        json.loads(text)
    return info.value


@pytest.mark.parametrize("text", BROKEN)
def test_every_reason_the_decoder_gives_has_a_message_of_its_own(text):
    exc = decode_error(text)
    reason = json_files.reason(exc)
    assert reason != exc.msg
    assert reason in i18n.catalogue("id")


def test_in_indonesian(indonesian):
    assert json_files.reason(decode_error('{"a" 1}')) == "seharusnya ada titik dua (:)"


def test_in_english(english):
    assert json_files.reason(decode_error('{"a" 1}')) == "a colon (:) was expected"


def test_a_reason_a_later_python_adds_is_shown_as_it_is():
    exc = json.JSONDecodeError("Something new", "{}", 1)
    assert json_files.reason(exc) == "Something new"
