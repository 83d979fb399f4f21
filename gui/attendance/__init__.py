"""The attendance-report import: the review dialog and how the attendees tab opens it."""
