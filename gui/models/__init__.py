"""Qt item models: adapters over plain core data."""
