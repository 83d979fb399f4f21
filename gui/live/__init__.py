"""The compact live window: capture beside a video call (Ctrl+Shift+L)."""
