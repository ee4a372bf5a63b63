"""Shared fixtures: a real HTTP server on 127.0.0.1 for everything that touches the network."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.httpserver import TestServer


@pytest.fixture(scope="session")
def server() -> Iterator[TestServer]:
    """One test server for the session; tests use distinct paths or queries for counters."""
    srv = TestServer()
    yield srv
    srv.stop()
