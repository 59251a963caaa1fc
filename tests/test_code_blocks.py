"""Every fenced block names its language and parses in it."""

from conftest import COUNTS, ROOT, assert_no_problems
from doccheck.content import (all_blocks, check_fence_languages, check_json_blocks, check_python_blocks,
                              check_snippet_paths, check_tool_blocks, check_yaml_blocks)


def test_every_block_names_a_language():
    COUNTS["code blocks on pages"] = len(all_blocks(ROOT))
    assert_no_problems(check_fence_languages(ROOT))


def test_json_blocks_parse():
    assert_no_problems(check_json_blocks(ROOT))


def test_yaml_blocks_parse():
    assert_no_problems(check_yaml_blocks(ROOT))


def test_python_blocks_compile():
    assert_no_problems(check_python_blocks(ROOT))


def test_javascript_php_shell_go_blocks_parse():
    assert_no_problems(check_tool_blocks(ROOT))


def test_included_files_exist():
    assert_no_problems(check_snippet_paths(ROOT))
