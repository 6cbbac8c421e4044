"""The localization workflow: extract, update, init, compile, check, stats, report."""
