"""Fenced code on the pages: every block names its language and parses in it; every include exists."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..problems import Findings, Problem
from ..reference.corpus import all_blocks, iter_pages
from ..sources.fences import Block
from ..sources.snippets import includes, resolve_snippet
from .registry import slow_source_check, source_check

LANGS_OK = {
    "json",
    "bash",
    "sh",
    "shell",
    "console",
    "python",
    "javascript",
    "js",
    "php",
    "java",
    "go",
    "html",
    "xml",
    "yaml",
    "yml",
    "text",
    "mermaid",
    "http",
    "css",
    "groovy",
    "kotlin",
    "swift",
    "dart",
    "ini",
    "toml",
    "diff",
    "jsx",
    "typescript",
    "ts",
    "properties",
    "markdown",
    "md",
    "nginx",
    "apache",
    "tsv",
    "csv",
    "sql",
    "ruby",
    "objectivec",
}


@source_check
def check_fence_languages(root: Path) -> list[Problem]:
    blocks = all_blocks(root)
    problems = Findings(counts={"code blocks on pages": len(blocks)})
    for b in blocks:
        if not b.lang:
            problems.append(
                Problem(
                    b.page,
                    b.page_line,
                    "code block has no language",
                    "name it after the opening fence, e.g. ```json, ```bash or ```text",
                )
            )
        elif b.lang not in LANGS_OK:
            problems.append(
                Problem(
                    b.page,
                    b.page_line,
                    f"unknown code block language '{b.lang}'",
                    f"use one of: {', '.join(sorted(LANGS_OK))}",
                )
            )
    return problems


def _parse_problems(
    root: Path, langs: tuple[str, ...], parse: Callable[[str], tuple[int, str] | None], fix: str
) -> list[Problem]:
    """Blocks in `langs` that `parse` rejects; it returns (line offset in the block, what is wrong) or None."""
    problems = []
    for b in all_blocks(root):
        if b.lang in langs and (error := parse(b.text)) is not None:
            problems.append(Problem(b.path, b.line + error[0], error[1], fix))
    return problems


def _json_error(text: str) -> tuple[int, str] | None:
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return exc.lineno - 1, f"invalid JSON: {exc.msg} (column {exc.colno})"
    return None


def _yaml_error(text: str) -> tuple[int, str] | None:
    try:
        yaml.safe_load(text)  # the Python parser: its marks point at the line of the mistake (libyaml's, the next)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return (mark.line if mark else 0), f"invalid YAML: {getattr(exc, 'problem', exc)}"
    return None


def _python_error(text: str) -> tuple[int, str] | None:
    try:
        compile(text, "<block>", "exec")
    except SyntaxError as exc:
        return (exc.lineno or 1) - 1, f"Python syntax error: {exc.msg}"
    return None


@source_check
def check_json_blocks(root: Path) -> list[Problem]:
    return _parse_problems(
        root, ("json",), _json_error, "make it strict JSON: double quotes, no comments, no trailing commas, no '...'"
    )


@source_check
def check_yaml_blocks(root: Path) -> list[Problem]:
    return _parse_problems(root, ("yaml", "yml"), _yaml_error, "fix the indentation or quoting")


@source_check
def check_python_blocks(root: Path) -> list[Problem]:
    return _parse_problems(root, ("python",), _python_error, "fix the code so that it runs as written")


@dataclass(frozen=True)
class Toolchain:
    """How one language's blocks are parsed: `command` with {file} (or a final "-": the block on standard input)."""

    langs: tuple[str, ...]
    suffix: str
    command: tuple[str, ...]
    line: str  # regex: the error's line number in the tool's output
    what: str
    fix: str


TOOLCHAINS = (
    # Run as NODE_CHECK (all blocks in one process), which compiles each file as `node --check` does.
    Toolchain(
        ("javascript", "js"),
        ".js",
        ("node", "--check", "{file}"),
        r":(\d+)\n",
        "JavaScript syntax error",
        "fix the code; `node --check` must pass",
    ),
    Toolchain(
        ("php",),
        ".php",
        ("php", "-l", "{file}"),
        r"on line (\d+)",
        "PHP syntax error",
        "start the block with <?php and fix the code; `php -l` must pass",
    ),
    Toolchain(
        ("bash", "sh", "shell"),
        ".sh",
        ("bash", "-n", "{file}"),
        r"line (\d+):",
        "shell syntax error",
        "fix the command; `bash -n` must pass",
    ),
    # From standard input gofmt accepts fragments (declarations or statements without `package`).
    Toolchain(
        ("go",),
        ".go",
        ("gofmt", "-e", "-l", "-"),
        r":(\d+):\d+:",
        "Go syntax error",
        "fix the code; `gofmt -e` must pass",
    ),
)


def _tool_problem(b: Block, tool: Toolchain, exe: str, folder: Path) -> Problem | None:
    """Write the block to a file in `folder`, run the tool on it, map its error to a line."""
    file = _written(b, tool, folder)
    cmd = [exe, *(arg.replace("{file}", str(file)) for arg in tool.command[1:])]
    stdin = None
    if cmd[-1] == "-":
        stdin, cmd = b.text + "\n", cmd[:-1]
    proc = subprocess.run(cmd, capture_output=True, text=True, input=stdin)
    return None if proc.returncode == 0 else _problem(b, tool, file, proc.stderr + proc.stdout)


def _written(b: Block, tool: Toolchain, folder: Path) -> Path:
    file = folder / ("snippet" + tool.suffix)
    file.parent.mkdir()
    file.write_text(b.text + "\n", encoding="utf-8")
    return file


def _problem(b: Block, tool: Toolchain, file: Path, output: str) -> Problem:
    output = output.strip()
    m = re.search(tool.line, output)
    offset = int(m[1]) - 1 if m else 0
    lines = [line.replace(str(file), "").strip() for line in output.splitlines() if line.strip()]
    first = next((line for line in lines if "Error" in line or "error" in line), lines[0] if lines else "")
    return Problem(b.path, b.line + offset, f"{tool.what}: {first.strip()[:160]}", tool.fix)


# `node --check` for many files in one process (Node takes about 40 ms to start, and the pages hold some 190
# JavaScript blocks): each file compiled as the body of a CommonJS module, as `node --check` compiles a .js
# file outside a package, and its error printed as `node --check` prints it (file:line, the line, the message).
NODE_CHECK = """
const fs = require("fs"), vm = require("vm");
const files = JSON.parse(fs.readFileSync(0, "utf8"));
const params = ["exports", "require", "module", "__filename", "__dirname"];
process.stdout.write(JSON.stringify(files.map((filename) => {
  try { vm.compileFunction(fs.readFileSync(filename, "utf8"), params, { filename }); return null; }
  catch (error) { return String(error.stack); }
})));
"""


def _node_problems(blocks: list[Block], tool: Toolchain, exe: str, folder: Path) -> list[Problem]:
    files = [_written(b, tool, folder / f"js{i}") for i, b in enumerate(blocks)]
    proc = subprocess.run(
        [exe, "-e", NODE_CHECK], input=json.dumps([str(f) for f in files]), capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise RuntimeError(f"node could not check the JavaScript blocks: {proc.stderr.strip()[-500:]}")
    errors = json.loads(proc.stdout)
    return [_problem(b, tool, f, error) for b, f, error in zip(blocks, files, errors, strict=True) if error]


@slow_source_check
def check_tool_blocks(root: Path) -> list[Problem]:
    """JavaScript, PHP, shell and Go blocks parse with their own toolchains (those installed): every JavaScript
    block in one node process (NODE_CHECK), the others one process per block, as many at once as there are
    cores; Java is never written inline."""
    blocks = all_blocks(root)
    jobs, node = [], None
    for tool in TOOLCHAINS:
        exe = shutil.which(tool.command[0])
        if exe is not None and tool.command[0] == "node":
            node = (tool, exe, [b for b in blocks if b.lang in tool.langs])
        elif exe is not None:
            jobs += [(b, tool, exe) for b in blocks if b.lang in tool.langs]
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        batch = pool.submit(_node_problems, node[2], node[0], node[1], Path(tmp)) if node else None
        futures = [
            pool.submit(_tool_problem, b, tool, exe, Path(tmp) / str(i)) for i, (b, tool, exe) in enumerate(jobs)
        ]
        problems = batch.result() if batch else []
        problems += [problem for future in futures if (problem := future.result()) is not None]
    problems += [
        Problem(
            b.page,
            b.page_line,
            "Java code written inline in the page",
            "put it in samples/<area>/<flow>/Main.java and include it with --8<--, so javac compiles it",
        )
        for b in blocks
        if b.lang == "java" and b.snippet is None
    ]
    return problems


@source_check
def check_snippet_paths(root: Path) -> list[Problem]:
    """Every --8<-- include names a file in samples/ or docs/."""
    problems = []
    for page in iter_pages(root):
        for number, name in includes(page.lines):
            if resolve_snippet(name, root) is None:
                problems.append(
                    Problem(
                        page.path,
                        number,
                        f"included file '{name}' does not exist",
                        "fix the --8<-- path (relative to samples/ or docs/)",
                    )
                )
    return problems
