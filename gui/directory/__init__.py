"""The directory of officials: its window, its undoable commands, the person dialog."""
