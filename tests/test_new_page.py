"""`midtrans-docs new-page` creates a page in nav, and refuses bad input without changing anything."""

import pytest

from conftest import copy_project
from midtrans_docs import new_page
from midtrans_docs.checks.nav import check_nav
from midtrans_docs.checks.pages import check_front_matter


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "p")


def test_creates_page_in_nav(project, capsys):
    assert (
        new_page.main(["snap/split-payments", "Split payments", "--description", "Split one order."], root=project) == 0
    )
    assert (project / "docs/snap/split-payments.md").exists()
    assert (project / "docs/snap/split-payments.id.md").exists()  # the translation to write
    assert "      - Split payments: snap/split-payments.md" in (project / "mkdocs.yml").read_text()
    assert "http://127.0.0.1:8000/snap/split-payments/" in capsys.readouterr().out
    assert not [p for p in check_nav(project) + check_front_matter(project) if "split-payments" in str(p)]


@pytest.mark.parametrize(
    "args, message",
    [
        (["snap/index", "X", "--description", "d"], "already has its index.md"),
        (["snap/backend-integration", "X", "--description", "d"], "already exists"),
        (["../outside", "X", "--description", "d"], "inside docs/"),
        (["shop/new-page", "X", "--description", "d"], "unknown area 'shop'"),
        (["snap/New_Page", "X", "--description", "d"], "kebab-case"),
        (["snap/new-page", " ", "--description", "d"], "title is empty"),
        (["snap/new-page", "Title"], "description is missing"),
        (["snap/new-page", "Title", "--description", "x" * 161], "161 characters"),
    ],
)
def test_refuses_bad_input_and_changes_nothing(project, capsys, args, message):
    before = (project / "mkdocs.yml").read_text()
    files = sorted(p for p in (project / "docs").rglob("*.md"))
    assert new_page.main(args, root=project) == 2
    err = capsys.readouterr().err
    assert message in err and "nothing was changed" in err
    assert (project / "mkdocs.yml").read_text() == before
    assert sorted(p for p in (project / "docs").rglob("*.md")) == files
