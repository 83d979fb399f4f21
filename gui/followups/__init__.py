"""The Tindak lanjut window: follow-ups across the archive, and the carry-over offer."""
