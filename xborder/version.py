"""The package version, in the core layer so every module can read it without the facade."""

__version__ = "0.1.0"
