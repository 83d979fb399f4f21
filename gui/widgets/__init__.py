"""Small widgets shared by windows and panels."""
