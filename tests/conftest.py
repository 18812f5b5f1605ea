"""Shared test configuration: Hypothesis profiles and the seed documents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=50)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,  # shared CI machines have noisy timings
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,  # failures print a @reproduce_failure line
    # CI must land or fail for the code, not for the draw: the same examples
    # every run, and no example database carried over from a developer's tree.
    derandomize=True,
    database=None,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    """The folder of golden files and fixtures."""
    return DATA
