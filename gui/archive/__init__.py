"""The archive window: the list of meetings, its dialogs, import and export of files."""
