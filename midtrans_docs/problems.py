"""What every check returns: problems that print as `path:line: what → fix`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import ROOT

# Messages show paths relative to the project being checked (a temporary copy in
# the negative tests); `use_root` switches it.
_MESSAGE_ROOT: list[Path] = [ROOT]


def use_root(root: Path) -> None:
    _MESSAGE_ROOT[0] = root.resolve()


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
                path = path.resolve().relative_to(_MESSAGE_ROOT[0])
            except ValueError:
                pass
            path = path.as_posix()
        return f"{path}:{self.line}: {self.what} → {self.fix}"


class Findings(list[Problem]):
    """The problems a check found, plus what it covered (`counts`, printed at the end of `make test`)."""

    def __init__(self, problems: Iterable[Problem] = (), counts: dict[str, int] | None = None):
        super().__init__(problems)
        self.counts: dict[str, int] = dict(counts or {})


def report(problems: Iterable[Problem]) -> str:
    return "\n".join(str(p) for p in problems)
