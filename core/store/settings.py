"""Office settings kept in the archive, so they travel with it to another PC."""

from __future__ import annotations

import json
from typing import Any

from core.settings import DEFAULTS
from core.store.base import MeetingStoreBase


class SettingsMixin(MeetingStoreBase):
    def get_setting(self, key: str) -> Any:
        # on the connection itself: the GUI reads its language before sqlite-utils is loaded
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return DEFAULTS.get(key)
        return json.loads(row[0])

    def all_settings(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        for key, value in self.db.execute("SELECT key, value FROM settings"):
            values[key] = json.loads(value)
        return values

    def set_settings(self, values: dict[str, Any]) -> dict[str, Any]:
        """Store several settings at once; returns the previous values."""
        before = {k: self.get_setting(k) for k in values}
        with self.atomic():
            self.db.conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [(k, json.dumps(v, ensure_ascii=False)) for k, v in values.items()],
            )
        return before
