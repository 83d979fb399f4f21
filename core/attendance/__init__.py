"""Attendance from a participant report of Zoom, Microsoft Teams or Google Meet.

:func:`read_report` reads the file (platform from the content), :mod:`matcher`
finds each person among the meeting's attendees and the directory, and
:func:`apply_report` stores the outcome as one undoable operation. Never imports Qt.
"""
