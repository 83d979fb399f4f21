"""Core tests read the command line's and the core's messages in English, the
source language (cli.md: English when the locale starts with en); a test of
the Indonesian text asks for the ``indonesian_locale`` fixture."""

import pytest


@pytest.fixture(autouse=True)
def _english_messages(english_locale):
    """Every core test runs under an English locale unless it asks otherwise."""
