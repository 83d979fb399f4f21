"""The meeting editor and its panels."""
