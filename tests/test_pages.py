"""Markdown sources: nav, front matter, placeholders, images."""

from conftest import ROOT, assert_no_problems
from doccheck.content import check_front_matter, check_images, check_nav, check_placeholders


def test_nav_is_the_outline_and_lists_every_page():
    assert_no_problems(check_nav(ROOT))


def test_front_matter_has_title_and_description():
    assert_no_problems(check_front_matter(ROOT))


def test_no_placeholder_text():
    assert_no_problems(check_placeholders(ROOT))


def test_images_have_alt_text():
    assert_no_problems(check_images(ROOT))
