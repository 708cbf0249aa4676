"""Where the data folders ``schemas/`` and ``queries/`` are, in a checkout or an installed wheel.

In a source checkout (and an editable install) they sit beside the ``graph`` package; a wheel
carries them inside it as ``graph/_data/<name>`` (see ``pyproject.toml``). ``queries`` is never
an import name: an unrelated PyPI package owns it.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder ``name`` (``schemas`` or ``queries``) of this installation."""
    for candidate in (PACKAGE_DIR / "_data" / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"govkg data folder {name!r} not found beside {PACKAGE_DIR}")
