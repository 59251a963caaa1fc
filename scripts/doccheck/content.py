"""Checks on the Markdown sources (no build needed)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml

from . import OUTLINE, Problem
from .markdown import Block, fenced_blocks, iter_pages, line_of

# --------------------------------------------------------------------------- nav


def load_mkdocs_config(root: Path) -> dict:
    """mkdocs.yml as plain data (python tags and !ENV resolved to None)."""

    class Loader(yaml.SafeLoader):
        pass

    def ignore(loader, suffix, node):  # noqa: ARG001
        return None

    Loader.add_multi_constructor("tag:yaml.org,2002:python/", ignore)
    Loader.add_multi_constructor("!", ignore)
    return yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


def nav_entries(nav, out=None) -> list[str]:
    out = [] if out is None else out
    for item in nav:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                if isinstance(value, str):
                    out.append(value)
                else:
                    nav_entries(value, out)
    return out


def check_nav(root: Path) -> list[Problem]:
    config = load_mkdocs_config(root)
    mk = root / "mkdocs.yml"
    mk_lines = mk.read_text(encoding="utf-8").splitlines()
    nav_line = line_of(mk_lines, "nav:")
    problems: list[Problem] = []
    nav = config.get("nav") or []
    labels = [next(iter(item)) if isinstance(item, dict) else item for item in nav]
    if labels != OUTLINE:
        problems.append(
            Problem(
                mk,
                nav_line,
                f"top-level nav is {labels}, not the outline",
                f"keep the top level of nav: exactly {OUTLINE}, in that order",
            )
        )
    listed = set(nav_entries(nav))
    allowed = {
        line.strip().lstrip("/")
        for line in (config.get("not_in_nav") or "").splitlines()
        if line.strip()
    }
    for md in sorted((root / "docs").rglob("*.md")):
        rel = md.relative_to(root / "docs").as_posix()
        if rel not in listed and rel not in allowed:
            problems.append(
                Problem(
                    md,
                    1,
                    "page is not in the nav",
                    f"add '{rel}' under its area in mkdocs.yml nav: "
                    "(or list it in not_in_nav: with a comment saying why)",
                )
            )
    for rel in sorted(listed):
        if not (root / "docs" / rel).is_file():
            problems.append(
                Problem(mk, line_of(mk_lines, rel, nav_line), f"nav lists '{rel}', which does not exist",
                        f"create docs/{rel} or remove it from nav")
            )
    # An area's overview page carries its title in the nav too (llms.txt is written from the
    # nav before front matter is read); the two must not drift apart.
    for number, text in enumerate(mk_lines, 1):
        m = re.match(r"\s+- (?P<title>[^:]+): (?P<rel>[\w-]+/index\.md)\s*$", text)
        if not m or not (root / "docs" / m["rel"]).is_file():
            continue
        meta_title = _front_matter_title(root / "docs" / m["rel"])
        if meta_title and meta_title != m["title"]:
            problems.append(Problem(mk, number, f"nav calls {m['rel']} '{m['title']}' but its front matter title is "
                                                f"'{meta_title}'", f"write '- {meta_title}: {m['rel']}' in the nav"))
    return problems


def _front_matter_title(path: Path) -> str | None:
    m = re.match(r"---\n(.*?)\n---", path.read_text(encoding="utf-8"), flags=re.S)
    try:
        meta = yaml.safe_load(m.group(1)) if m else None
    except yaml.YAMLError:
        return None
    return meta.get("title") if isinstance(meta, dict) else None


# --------------------------------------------------------------------- diagrams


def check_diagrams(root: Path) -> list[Problem]:
    """Every ```mermaid block has its committed SVG in diagrams/, and every SVG there is used."""
    import mermaid_svg  # scripts/mermaid_svg.py

    out = root / "diagrams"
    tracked = None
    if (root / ".git").exists() and shutil.which("git"):
        listing = subprocess.run(["git", "ls-files", "diagrams"], cwd=root, capture_output=True, text=True)
        tracked = {Path(name).name for name in listing.stdout.split()} if listing.returncode == 0 else None
    problems = []
    missing, unused = mermaid_svg.pending(root / "docs", out)
    for diagram in missing:
        problems.append(Problem(diagram.path, diagram.line, f"diagram has no SVG (diagrams/{diagram.key}.svg)",
                                "run `make diagrams` (a build does it too) and commit diagrams/"))
    if tracked is not None:
        for diagram in mermaid_svg.all_diagrams(root / "docs"):
            if diagram.svg_path.name not in tracked and (out / diagram.svg_path.name).exists():
                problems.append(Problem(diagram.path, diagram.line, f"diagrams/{diagram.svg_path.name} is not committed",
                                        f"git add diagrams/{diagram.svg_path.name}"))
    for svg in unused:
        problems.append(Problem(svg, 1, "no page uses this diagram (its source was edited or removed)",
                                "delete it: `make diagrams` removes unused SVGs"))
    return problems


# ------------------------------------------------------------------ front matter


def check_front_matter(root: Path) -> list[Problem]:
    problems = []
    for page in iter_pages(root):
        if page.meta_error:
            problems.append(Problem(page.path, 1, page.meta_error,
                                    "fix the YAML between the two --- lines (key: value per line)"))
            continue
        if page.body_start == 1:
            problems.append(Problem(page.path, 1, "page has no front matter",
                                    "start the file with ---, title: …, description: …, ---"))
            continue
        title = page.meta.get("title")
        desc = page.meta.get("description")
        if not isinstance(title, str) or not title.strip():
            problems.append(Problem(page.path, 2, "front matter has no title",
                                    "add `title: <page title>` to the front matter"))
        if not isinstance(desc, str) or not desc.strip():
            problems.append(Problem(page.path, 2, "front matter has no description",
                                    "add `description: <one sentence, at most 160 characters>`"))
        elif len(desc) > 160:
            line = line_of(page.lines, "description:", 2)
            problems.append(Problem(page.path, line, f"description is {len(desc)} characters long",
                                    "shorten it to 160 characters or fewer (search engines cut the rest)"))
        if page.rel != "404.md" and not any(l.startswith("# ") for l in page.lines[page.body_start - 1:]):
            problems.append(Problem(page.path, page.body_start, "page has no # heading",
                                    "start the body with `# <title>`"))
    return problems


# ------------------------------------------------------------------ placeholders

# Built from parts so that this file does not flag itself.
_WORDS = ["TO" + "DO", "T" + "BD", "T" + "BC", "FIX" + "ME", "X" + "XX"]
PLACEHOLDER = re.compile(
    r"\b(" + "|".join(_WORDS) + r")\b|lorem\s+ipsum|coming\s+soon", re.IGNORECASE
)
PLACEHOLDER_DIRS = ("docs", "overrides", "scripts", "samples", "hooks", "schemas")
TEXT_SUFFIXES = {".md", ".html", ".py", ".js", ".css", ".json", ".yml", ".yaml", ".sh", ".php",
                 ".java", ".go", ".txt", ".svg", ".tsv"}


def check_placeholders(root: Path) -> list[Problem]:
    problems = []
    for top in PLACEHOLDER_DIRS:
        base = root / top
        if not base.exists():
            continue
        for path in sorted(base.rglob("*")):
            if not path.is_file() or path.suffix not in TEXT_SUFFIXES or "__pycache__" in path.parts:
                continue
            for number, text in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                m = PLACEHOLDER.search(text)
                if m and (m.group(0).upper() != _WORDS[4] or not _is_masked_number(text)):
                    problems.append(Problem(path, number, f"placeholder text '{m.group(0)}'",
                                            "write the finished content, or take the page out of the nav"))
    return problems


def _is_masked_number(text: str) -> bool:
    """Masked card numbers (six digits, a run of capital X, four digits) are data, not placeholders."""
    return bool(re.search(r"\d{4,}X{3,}\d|\dX{3,}|X{3,}-?\d{3,}", text))


# -------------------------------------------------------------------- code fences

LANGS_OK = {
    "json", "bash", "sh", "shell", "console", "python", "javascript", "js", "php", "java", "go",
    "html", "xml", "yaml", "yml", "text", "mermaid", "http", "css", "groovy", "kotlin", "swift",
    "dart", "ini", "toml", "diff", "jsx", "typescript", "ts", "properties", "markdown", "md",
    "nginx", "apache", "tsv", "csv", "sql", "ruby", "objectivec",
}


def all_blocks(root: Path) -> list[Block]:
    blocks = []
    for page in iter_pages(root):
        blocks.extend(fenced_blocks(page, root))
    return blocks


def check_fence_languages(root: Path) -> list[Problem]:
    problems = []
    for b in all_blocks(root):
        if not b.lang:
            problems.append(Problem(b.page, b.page_line, "code block has no language",
                                    "name it after the opening fence, e.g. ```json, ```bash or ```text"))
        elif b.lang not in LANGS_OK:
            problems.append(Problem(b.page, b.page_line, f"unknown code block language '{b.lang}'",
                                    f"use one of: {', '.join(sorted(LANGS_OK))}"))
    return problems


def _where(b: Block, offset: int = 0) -> tuple[Path, int]:
    """Location of a line inside a block: the sample file, or the page."""
    return b.path, b.line + offset


def check_json_blocks(root: Path) -> list[Problem]:
    problems = []
    for b in all_blocks(root):
        if b.lang != "json":
            continue
        try:
            json.loads(b.text)
        except json.JSONDecodeError as exc:
            path, line = _where(b, exc.lineno - 1)
            problems.append(Problem(path, line, f"invalid JSON: {exc.msg} (column {exc.colno})",
                                    "make it strict JSON: double quotes, no comments, no trailing commas, no '...'"))
    return problems


def check_yaml_blocks(root: Path) -> list[Problem]:
    problems = []
    for b in all_blocks(root):
        if b.lang not in ("yaml", "yml"):
            continue
        try:
            yaml.safe_load(b.text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            path, line = _where(b, mark.line if mark else 0)
            problems.append(Problem(path, line, f"invalid YAML: {getattr(exc, 'problem', exc)}",
                                    "fix the indentation or quoting"))
    return problems


def check_python_blocks(root: Path) -> list[Problem]:
    problems = []
    for b in all_blocks(root):
        if b.lang != "python":
            continue
        try:
            compile(b.text, str(b.path), "exec")
        except SyntaxError as exc:
            path, line = _where(b, (exc.lineno or 1) - 1)
            problems.append(Problem(path, line, f"Python syntax error: {exc.msg}",
                                    "fix the code so that it runs as written"))
    return problems


def _run_tool(blocks: list[Block], suffix: str, command, pattern: str, what: str, fix: str,
              name: str = "snippet") -> list[Problem]:
    """Write each block to a file, run `command(file)`, map errors to lines."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for index, b in enumerate(blocks):
            folder = Path(tmp) / str(index)
            folder.mkdir()
            file = folder / (name + suffix)
            file.write_text(b.text + "\n", encoding="utf-8")
            cmd = command(file)
            stdin = None
            if cmd and cmd[-1] == "-":  # the tool reads the block from standard input
                stdin = file.read_text(encoding="utf-8")
                cmd = cmd[:-1]
            proc = subprocess.run(cmd, capture_output=True, text=True, input=stdin)
            if proc.returncode != 0:
                output = (proc.stderr + proc.stdout).strip()
                m = re.search(pattern, output)
                offset = int(m.group(1)) - 1 if m else 0
                lines = [l.replace(str(file), "").strip() for l in output.splitlines() if l.strip()]
                first = next((l for l in lines if "Error" in l or "error" in l), lines[0] if lines else "")
                path, line = _where(b, offset)
                problems.append(Problem(path, line, f"{what}: {first.strip()[:160]}", fix))
    return problems


def check_tool_blocks(root: Path) -> list[Problem]:
    """JavaScript, PHP, shell and Go blocks parse with their own toolchains."""
    blocks = all_blocks(root)
    problems: list[Problem] = []
    by = lambda *langs: [b for b in blocks if b.lang in langs]  # noqa: E731
    problems += _run_tool(by("javascript", "js"), ".js", lambda f: ["node", "--check", str(f)],
                          r":(\d+)\n", "JavaScript syntax error", "fix the code; `node --check` must pass")
    php = shutil.which("php")
    if php:
        problems += _run_tool(by("php"), ".php", lambda f: [php, "-l", str(f)], r"on line (\d+)",
                              "PHP syntax error", "start the block with <?php and fix the code; `php -l` must pass")
    problems += _run_tool(by("bash", "sh", "shell"), ".sh", lambda f: ["bash", "-n", str(f)],
                          r"line (\d+):", "shell syntax error", "fix the command; `bash -n` must pass")
    gofmt = shutil.which("gofmt")
    if gofmt:
        # From standard input gofmt accepts fragments (declarations or statements without `package`).
        problems += _run_tool(by("go"), ".go", lambda f: [gofmt, "-e", "-l", "-"], r":(\d+):\d+:",
                              "Go syntax error", "fix the code; `gofmt -e` must pass")
    for b in by("java"):
        if b.snippet is None:
            problems.append(Problem(b.page, b.page_line, "Java code written inline in the page",
                                    "put it in samples/<area>/<flow>/Main.java and include it with --8<--, so javac compiles it"))
    return problems


def check_snippet_paths(root: Path) -> list[Problem]:
    """Every --8<-- include names a file in samples/ or docs/."""
    from .markdown import SNIPPET, resolve_snippet

    problems = []
    for page in iter_pages(root):
        for number, text in enumerate(page.lines, 1):
            m = SNIPPET.match(text)
            if m and resolve_snippet(m.group("path"), root) is None:
                problems.append(Problem(page.path, number, f"included file '{m.group('path')}' does not exist",
                                        "fix the --8<-- path (relative to samples/ or docs/)"))
    return problems


# --------------------------------------------------------------------- images

MD_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)")
HTML_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)


def check_images(root: Path) -> list[Problem]:
    problems = []
    for page in iter_pages(root):
        for number, text in enumerate(page.lines, 1):
            for m in MD_IMAGE.finditer(text):
                if not m.group("alt").strip():
                    problems.append(Problem(page.path, number, f"image '{m.group('src')}' has no alt text",
                                            "describe the image between the brackets: ![What it shows](…)"))
            for m in HTML_IMG.finditer(text):
                alt = re.search(r'\balt="([^"]*)"', m.group(0))
                if not alt or not alt.group(1).strip():
                    problems.append(Problem(page.path, number, "<img> has no alt text",
                                            'add alt="what the image shows"'))
    return problems


# --------------------------------------------------------------------- secrets

KEY_SHAPE = re.compile(
    r"(?<![A-Za-z0-9_])(?:SB-)?Mid-(?:server|client)-[A-Za-z0-9_\-]+|(?<![A-Za-z0-9_])IRIS-[A-Za-z0-9_\-]{6,}"
)
ALLOWED_KEYS = {
    "SB-Mid-server-YOUR_SERVER_KEY",
    "SB-Mid-client-YOUR_CLIENT_KEY",
    "Mid-server-YOUR_SERVER_KEY",
    "Mid-client-YOUR_CLIENT_KEY",
    "IRIS-YOUR_CREATOR_API_KEY",
    "IRIS-YOUR_APPROVER_API_KEY",
}
# Other placeholders writers use (not key-shaped, listed for CONTRIBUTING.md):
# YOUR_MERCHANT_ID, YOUR_IRIS_MERCHANT_KEY.
SECRET_DIRS = ("docs", "samples", "schemas", "overrides", "hooks", "scripts", "tests", ".github")
SECRET_FILES = ("README.md", "CONTRIBUTING.md", "mkdocs.yml", "redirects.tsv")


def check_secrets(root: Path) -> list[Problem]:
    problems = []
    files = [root / f for f in SECRET_FILES if (root / f).is_file()]
    for top in SECRET_DIRS:
        if (root / top).exists():
            files += [p for p in sorted((root / top).rglob("*")) if p.is_file()
                      and p.suffix not in (".png", ".woff2", ".pyc")]
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            for m in KEY_SHAPE.finditer(line):
                key = m.group(0).rstrip("-_")
                if key not in ALLOWED_KEYS and not _is_key_prefix_only(line, m):
                    problems.append(Problem(path, number, f"'{key}' looks like a real Midtrans key",
                                            f"use a placeholder: {', '.join(sorted(ALLOWED_KEYS))}"))
    return problems


def _is_key_prefix_only(line: str, m: re.Match) -> bool:
    """`SB-Mid-server-` followed by an ellipsis or nothing describes the shape of a key."""
    key = m.group(0)
    return key.endswith("-") and not line[m.end():m.end() + 1].isalnum()


# --------------------------------------------------------------- worked values

BASE64_TOKEN = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])")
HEX128 = re.compile(r"(?<![0-9a-fA-F])[0-9a-f]{128}(?![0-9a-fA-F])")
SERVER_KEY = "SB-Mid-server-YOUR_SERVER_KEY"


def signature(order_id: str, status_code: str, gross_amount: str, server_key: str = SERVER_KEY) -> str:
    return hashlib.sha512((order_id + status_code + gross_amount + server_key).encode()).hexdigest()


def _worked_signature_blocks(blocks: list[Block]):
    for b in blocks:
        fields = dict(re.findall(r"^\s*(order_id|status_code|gross_amount|server_key|signature_key)\s*[:=]\s*\"?([^\s\"]+)\"?",
                                 b.text, re.MULTILINE))
        if b.lang != "json" and {"order_id", "status_code", "gross_amount", "signature_key"} <= fields.keys():
            yield b, fields


def check_worked_values(root: Path) -> list[Problem]:
    """Recompute every Base64 auth string and every signature_key shown in the docs."""
    problems: list[Problem] = []
    counted = {"base64": 0, "signature": 0}
    for page in iter_pages(root):
        blocks = fenced_blocks(page, root)
        verified: set[str] = set()
        # 1. Notification payloads carry their own inputs.
        for b in blocks:
            if b.lang != "json" or "signature_key" not in b.text:
                continue
            try:
                data = json.loads(b.text)
            except json.JSONDecodeError:
                continue  # reported by check_json_blocks
            for obj in _objects(data):
                if "signature_key" not in obj:
                    continue
                expected = signature(str(obj.get("order_id", "")), str(obj.get("status_code", "")),
                                     str(obj.get("gross_amount", "")))
                number = b.line + line_of(b.text.splitlines(), "signature_key", 1) - 1
                if obj["signature_key"] != expected:
                    problems.append(Problem(b.path, number, "signature_key does not match its notification",
                                            f"set it to SHA-512(order_id + status_code + gross_amount + {SERVER_KEY}) = {expected}"))
                else:
                    verified.add(expected)
                    counted["signature"] += 1
        # 2. Worked examples written as `key: value` lines.
        for b, fields in _worked_signature_blocks(blocks):
            expected = signature(fields["order_id"], fields["status_code"], fields["gross_amount"],
                                 fields.get("server_key", SERVER_KEY))
            number = b.line + line_of(b.text.splitlines(), "signature_key", 1) - 1
            if fields["signature_key"] != expected:
                problems.append(Problem(b.path, number, "worked signature_key is wrong for the inputs above it",
                                        f"replace it with {expected}"))
            else:
                verified.add(expected)
                counted["signature"] += 1
        # 2b. IRIS worked examples: `raw body:`, `merchant key:`, `Iris-Signature:` lines.
        for b in blocks:
            iris = dict(re.findall(r"^\s*(raw body|merchant key|Iris-Signature):\s*(\S.*?)\s*$", b.text, re.MULTILINE))
            if b.lang == "json" or len(iris) < 3:
                continue
            expected = hashlib.sha512((iris["raw body"] + iris["merchant key"]).encode()).hexdigest()
            number = b.line + line_of(b.text.splitlines(), "Iris-Signature", 1) - 1
            if iris["Iris-Signature"] != expected:
                problems.append(Problem(b.path, number, "worked Iris-Signature is wrong for the body and key above it",
                                        f"replace it with {expected}"))
            else:
                verified.add(expected)
                counted["signature"] += 1
        # 3. Any other 128-hex value on the page must be one of the verified ones.
        sources = [(page.path, 1, "\n".join(page.lines))] + [(b.path, b.line, b.text) for b in blocks if b.snippet]
        for path, first, text in sources:
            for number, line in enumerate(text.splitlines(), first):
                for m in HEX128.finditer(line):
                    if m.group(0) not in verified:
                        problems.append(Problem(path, number, "a SHA-512 value that no test recomputes",
                                                "show its inputs (order_id, status_code, gross_amount, server_key) "
                                                "in the same notification JSON or worked-example block"))
                for m in BASE64_TOKEN.finditer(line):
                    decoded = _b64(m.group(0))
                    if decoded is None or not re.search(r"Mid-(server|client)-|IRIS-", decoded):
                        continue
                    counted["base64"] += 1
                    key = decoded[:-1]
                    if not decoded.endswith(":"):
                        problems.append(Problem(path, number, f"Base64 '{m.group(0)}' decodes to '{decoded}', without the trailing colon",
                                                f"encode '{decoded}:' instead: {base64.b64encode((decoded + ':').encode()).decode()}"))
                    elif key not in ALLOWED_KEYS:
                        problems.append(Problem(path, number, f"Base64 '{m.group(0)}' encodes a key that is not a placeholder",
                                                "encode a placeholder key from CONTRIBUTING.md"))
                    elif key not in text and key not in "\n".join(page.lines):
                        problems.append(Problem(path, number, f"Base64 '{m.group(0)}' encodes '{key}', which the page does not show",
                                                "show the key it was computed from next to it"))
                # A Basic auth value that does not decode at all ("Basic authentication"
                # in prose is not a value: values are long and contain digits or padding).
                for m in re.finditer(r"Basic\s+([A-Za-z0-9+/]{12,}={0,2})(?![A-Za-z0-9+/=])", line):
                    token = m.group(1)
                    if not (re.search(r"\d", token) or token.endswith("=")):
                        continue
                    if _b64(token) is None:
                        problems.append(Problem(path, number, f"'Basic {m.group(1)}' is not valid Base64",
                                                "recompute it: base64(server_key + ':')"))
    check_worked_values.counted = counted  # type: ignore[attr-defined]
    return problems


def _b64(token: str) -> str | None:
    try:
        raw = base64.b64decode(token, validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return text if text.isprintable() else None


def _objects(data):
    if isinstance(data, dict):
        yield data
        for v in data.values():
            yield from _objects(v)
    elif isinstance(data, list):
        for v in data:
            yield from _objects(v)


# ---------------------------------------------------------------- request schemas

ENDPOINT_TITLE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE)\s+(/\S*)$")


def check_request_blocks(root: Path) -> list[Problem]:
    """JSON blocks titled with an endpoint validate against that endpoint's schemas."""
    from .schemas import SchemaRegistry

    registry = SchemaRegistry(root)
    problems = []
    for b in all_blocks(root):
        m = ENDPOINT_TITLE.match(b.title.strip())
        if b.lang != "json" or not m:
            continue
        try:
            body = json.loads(b.text)
        except json.JSONDecodeError:
            continue
        problems += registry.validate(m.group(1), m.group(2), body, b.path, b.line, b.text)
    check_request_blocks.validated = registry.validated  # type: ignore[attr-defined]
    return problems
