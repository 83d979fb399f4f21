"""Notula core: data model, storage, exchange format and reports. Never imports Qt."""

__version__ = "0.1.0"
