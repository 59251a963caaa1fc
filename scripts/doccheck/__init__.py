"""Writer-facing checks for Midtrans Docs.

Each check takes the project root and returns a list of `Problem`s; a problem
prints as `path:line: what is wrong → how to fix`. The pytest files in tests/
call these checks, and the negative tests run them on a copy of the project
with a mistake injected.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

OUTLINE = [
    "Home",
    "Account",
    "Snap",
    "Core API",
    "Payment Link",
    "Disbursement (IRIS)",
    "After Payment",
    "Security",
    "Reference",
]


@dataclass(frozen=True)
class Problem:
    path: Path | str
    line: int
    what: str
    fix: str

    def __str__(self) -> str:
        path = self.path
        if isinstance(path, Path):
            try:
                path = path.resolve().relative_to(ROOT_FOR_MESSAGES[0]).as_posix()
            except ValueError:
                path = path.as_posix()
        return f"{path}:{self.line}: {self.what} → {self.fix}"


# Messages show paths relative to the project being checked (a temp copy in
# the negative tests); `use_root` switches it.
ROOT_FOR_MESSAGES: list[Path] = [ROOT]


def use_root(root: Path) -> None:
    ROOT_FOR_MESSAGES[0] = root.resolve()


def report(problems: list[Problem]) -> str:
    return "\n".join(str(p) for p in problems)
