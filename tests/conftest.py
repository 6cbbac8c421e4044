"""Shared fixtures: one Toolkit over the bundled data, and a CLI runner."""
from __future__ import annotations

import os
import tempfile

import pytest
from click.testing import CliRunner

from xborder import Toolkit
from xborder.cli.main import cli


def pytest_configure(config):
    # Parsed-catalog and compiled-template caches go to a throwaway folder, not the user's cache.
    os.environ["XBORDER_CACHE_DIR"] = tempfile.mkdtemp(prefix="xborder-test-cache-")


@pytest.fixture(scope="session")
def toolkit() -> Toolkit:
    """A Toolkit over the bundled data only (XBORDER_DATA ignored)."""
    return Toolkit(data_dirs=[])


@pytest.fixture
def run(monkeypatch):
    """Run the CLI in-process: ``run("reply", "order_delayed", ...)`` -> click Result (stdout/stderr apart)."""
    monkeypatch.delenv("XBORDER_DATA", raising=False)

    def invoke(*args: str, input: str | None = None, env: dict | None = None):
        return CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)

    return invoke
