"""Attendance from a participant report of Zoom, Microsoft Teams or Google Meet.

:func:`readers.read_report` reads the file (the platform from its content),
:class:`matcher.Matcher` finds each person among the meeting's attendees and
the directory, :func:`apply.plan_report` makes the proposals the clerk may
change (:mod:`review`), and :func:`apply.apply_plan` stores them as one
undoable operation (``MeetingStore.record_attendance``). Never imports Qt.
"""
