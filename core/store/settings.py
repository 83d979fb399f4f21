"""Office settings kept in the archive, so they travel with it to another PC."""

from __future__ import annotations

from typing import Any

from core.settings import DEFAULTS
from core.store.base import MeetingStoreBase

#: the office profile, stored as the notula.office document that was set
OFFICE_KEY = "office_profile"
#: the clerk chose not to fill in the profile at first start: do not ask again
OFFICE_SKIPPED_KEY = "office_profile_skipped"


class SettingsMixin(MeetingStoreBase):
    def get_setting(self, key: str) -> Any:
        """The stored value (JSON in the table), else the default.

        On the connection itself, and with SQLite decoding a plain text or
        number: the GUI reads its language before its first paint, which
        then waits for neither sqlite-utils nor Python's json module.
        Anything else (lists, objects, true/false, an integer beyond 64 bits,
        Infinity, a value SQLite does not take for JSON) goes through
        ``json.loads`` as before. ``json_extract`` rather than ``->>``: the
        operator needs SQLite 3.38, and Ubuntu 22.04 has 3.37.
        """
        row = self.conn.execute(
            "SELECT CASE WHEN json_valid(value) THEN json_type(value) END, "
            "json_extract(CASE WHEN json_valid(value) THEN value END, '$'), value "
            "FROM settings WHERE key = ?",
            [key],
        ).fetchone()
        if row is None:
            return DEFAULTS.get(key)
        kind, scalar, text = row
        if kind in ("text", "real", "null") or (kind == "integer" and isinstance(scalar, int)):
            return scalar
        import json

        return json.loads(text)

    def all_settings(self) -> dict[str, Any]:
        import json

        values = dict(DEFAULTS)
        for key, value in self.db.execute("SELECT key, value FROM settings"):
            values[key] = json.loads(value)
        return values

    def set_settings(self, values: dict[str, Any], wait_s: float | None = None) -> dict[str, Any]:
        """Store several settings at once; returns the previous values. ``wait_s``: how
        long a convenience (the open windows, the last folder) may wait for a busy archive."""
        import json

        before = {k: self.get_setting(k) for k in values}
        with self.atomic(wait_s):
            self.db.conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [(k, json.dumps(v, ensure_ascii=False)) for k, v in values.items()],
            )
        return before

    def office_document(self) -> dict[str, Any] | None:
        """The office profile as it was set (a ``notula.office`` document), or None."""
        document = self.get_setting(OFFICE_KEY)
        return document if isinstance(document, dict) else None

    def office_question_due(self) -> bool:
        """No profile yet, and the clerk has not chosen to skip the question.

        Asked at every start, so it reads two plain values and nothing else
        (core.office and its imports wait until a profile is really handled).
        """
        return self.get_setting(OFFICE_KEY) is None and not self.get_setting(OFFICE_SKIPPED_KEY)

    def skip_office_question(self) -> None:
        self.set_settings({OFFICE_SKIPPED_KEY: True})

    def set_office_document(self, document: dict[str, Any] | None) -> None:
        """Replace the office profile (None removes it), in one transaction; the
        caller has checked it (core.office.check). Settings of the releases
        before the profile go with it: the profile now says what they said."""
        import json

        from core.office import LEGACY_DEFAULTS

        with self.atomic():
            if document is None:
                self.db.conn.execute("DELETE FROM settings WHERE key = ?", [OFFICE_KEY])
            else:
                self.db.conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [OFFICE_KEY, json.dumps(document, ensure_ascii=False)],
                )
            self.db.conn.executemany(
                "DELETE FROM settings WHERE key = ?", [(k,) for k in LEGACY_DEFAULTS]
            )
