"""Parsing gives the same document in every interpreter, whatever the hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
FILES = [
    *sorted((ROOT / "src" / "kttt" / "data" / "seeds").glob("*.txt")),
    *sorted((ROOT / "tests" / "data" / "provinces").glob("*.txt")),
]
_SCRIPT = (
    "import hashlib, sys, kttt\n"
    "out = ''.join(kttt.to_json(kttt.parse_file(p)) for p in sys.argv[1:])\n"
    "print(hashlib.sha256(out.encode()).hexdigest())\n"
)


def _digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *map(str, FILES)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return result.stdout.strip()


def test_output_does_not_depend_on_the_hash_seed() -> None:
    """Set iteration order varies with PYTHONHASHSEED; the parse must not."""
    assert FILES
    assert _digest("1") == _digest("2") == _digest("3")
