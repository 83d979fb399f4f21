"""Bantuan: the keyboard reference ("Pintasan keyboard")."""
