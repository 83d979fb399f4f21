"""The settings dialog and the office profile (its form and the first-start question)."""
