"""Run the command as ``python -m kttt.cli``."""

from __future__ import annotations

from kttt.cli._main import main

raise SystemExit(main())
