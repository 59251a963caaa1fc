"""Indonesian spelling: hunspell with Debian's id_ID dictionary over every *.id.md page's prose and every
Indonesian catalog string (openapi/i18n/id/*.yaml, data/errors.id.yml).

Skipped: fenced and inline code, URLs, link targets, HTML tags, `{{ macros }}`, `{ #ids }`, words with
digits, underscores or inner capitals (field names, identifiers), acronyms, the glossary's kept terms
(data/glossary.id.yml) and the project word list (data/hunspell-id-words.txt: product names and accepted
English developer terms, one a line). Indonesian clitics on English words (`field-nya`, `di-hash`) are checked
without the clitic. hunspell (the `hunspell` and `hunspell-id` Debian packages, `make system-deps`) does the
dictionary work; this module only decides what is prose and reports `path:line: word → suggestions`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import i18n
from ..problems import Problem
from ..sources import catalog
from ..sources.fences import prose_lines
from ..sources.pages import read_page
from .registry import source_check

DICTIONARY = "id_ID"
WORDS = Path("data") / "hunspell-id-words.txt"
NOISE = re.compile(
    r"`[^`]*`|https?://\S+|\]\([^)]*\)|<[^>]+>|\{\{.*?\}\}|\{%.*?%\}|\{\s*[:#.][^}]*\}|&\w+;"
    r"|:[a-z0-9_-]+:|\*\*[^*]+\*\*|“[^”]*”|\"[^\"]*\"|'[^'\s][^']*'"
)
FENCE = re.compile(r"^\s*(```|~~~)")
WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:[-'][A-Za-zÀ-ÿ]+)*")
CLITICS = {"nya", "di", "ke", "ku", "mu", "an", "kan", "i", "ber", "me", "mem", "men", "meng", "pe", "se", "ter", "per"}


def _skip(word: str) -> bool:
    core = word.replace("-", "").replace("'", "")
    return (
        len(core) < 2 or core.isupper() or any(c.isupper() for c in core[1:])  # camelCase, GoPay, iOS
    )


def words_of(text: str) -> Iterator[str]:
    """The words of one line of prose, code and markup removed, clitics split off English stems."""
    # Admonition and tab titles are prose: unquote them before quoted text (English messages) is dropped.
    text = re.sub(r'^(\s*)(?:[!?]{3}\+?\s+[\w-]+|===)\s*"([^"]*)"', r"\1 \2 ", text)
    text = NOISE.sub(" ", text)
    text = re.sub(r"\S*[_/\\@=]\S*", " ", text)  # field_names, paths, emails, key=value
    text = re.sub(r"^\s*(?:[!?]{3}\+?\s+\w+|=== |[-*+] |\d+\. |#+ |\|)", " ", text)  # admonition, tab, list markers
    for match in WORD.finditer(text):
        word = match[0]
        if "-" in word:
            parts = [p for p in word.split("-") if p.lower() not in CLITICS]
            if len({p.lower() for p in word.split("-")}) == 1:  # reduplication: masing-masing
                parts = parts[:1]
            for part in parts:
                if not _skip(part):
                    yield part
        elif not _skip(word) and "'" not in word:
            yield word


def kept_words(root: Path) -> set[str]:
    """The glossary's kept terms and products, and the project word list, word by word (lowercase)."""
    glossary = i18n.load_glossary(root)
    kept: set[str] = set()
    for group in (glossary.get("keep") or {}).values():
        for term in group or []:
            kept.update(w.lower() for w in WORD.findall(str(term)))
    path = root / WORDS
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                kept.add(line.lower())
    return kept


def prose_of_text(text: str, first_line: int) -> Iterator[tuple[int, str]]:
    """(line, text) of a catalog string's lines outside fenced code."""
    in_fence = False
    for offset, line in enumerate(text.split("\n")):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            yield first_line + offset, line


def _sources(root: Path) -> Iterator[tuple[Path, int, str]]:
    docs = root / "docs"
    for translation in i18n.translations(root):
        page = read_page(translation, docs)
        for number, text in prose_lines(page):
            yield translation, number, text
    for source in catalog.sources(root):
        path = root / source.catalog
        for entry in catalog.read_catalog(path).values():
            for number, text in prose_of_text(entry.text, entry.line):
                yield path, number, text


def hunspell(words: Iterable[str]) -> dict[str, list[str]] | None:
    """Misspelled word → suggestions, from `hunspell -a`; None when hunspell or id_ID is not installed."""
    exe = shutil.which("hunspell")
    if exe is None:
        return None
    unique = sorted(set(words))
    proc = subprocess.run(
        [exe, "-d", DICTIONARY, "-a"], input="\n".join(unique) + "\n", capture_output=True, text=True, check=False
    )
    if proc.returncode != 0 or "Can't open affix or dictionary" in proc.stderr:
        return None
    out: dict[str, list[str]] = {}
    for line in proc.stdout.splitlines():
        if line.startswith("& "):  # & word count offset: suggestions
            head, _, tail = line.partition(": ")
            out[head.split()[1]] = [s.strip() for s in tail.split(",")][:4]
        elif line.startswith("# "):
            out[line.split()[1]] = []
    return out


@source_check
def check_indonesian_spelling(root: Path) -> list[Problem]:
    """Every word of Indonesian prose is in the id_ID dictionary, the glossary or data/hunspell-id-words.txt."""
    kept = kept_words(root)
    found: list[tuple[Path, int, str]] = []
    for path, number, text in _sources(root):
        for word in words_of(text):
            if word.lower() not in kept:
                found.append((path, number, word))
    wrong = hunspell(w for _p, _n, w in found)
    if wrong is None:  # `make lint` installs it; a machine where apt cannot gets this message and no check
        print(
            "check_indonesian_spelling: skipped, hunspell with the id_ID dictionary is not installed "
            "(Debian packages hunspell and hunspell-id; `make system-deps`)",
            file=sys.stderr,
        )
        return []
    problems = []
    for path, number, word in found:
        if word in wrong:
            hint = ", ".join(wrong[word]) or "no suggestion"
            problems.append(
                Problem(
                    path,
                    number,
                    f"{word} → {hint}",
                    f"fix the spelling, or add the word to {WORDS.as_posix()} if it is a name or an accepted term",
                )
            )
    return problems
