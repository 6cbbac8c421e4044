"""Locale codes, fallback chains and message catalogs."""
