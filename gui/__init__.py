"""Notula's PySide6 interface: windows, panels, dialogs, Qt models, undo commands.

Calls core/ for everything it stores or prints; never runs SQL itself.
"""
