"""The summary cache on its own: an entry is used only for the exact stat it was made
for, the file is written only when something changed, and a bad cache is no cache."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from offertui.storage.index import VERSION, SummaryIndex, stat_key

KEY = [1_700_000_000_000_000_000, 512, 42, 1_700_000_000_500_000_000]


def test_the_stat_key_is_mtime_size_inode_and_ctime(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_bytes(b"12345")
    st = os.stat(path)
    assert stat_key(st) == [st.st_mtime_ns, 5, st.st_ino, st.st_ctime_ns]


def test_an_entry_is_given_only_for_its_exact_stat(tmp_path: Path) -> None:
    index = SummaryIndex(tmp_path / "index.json")
    index.put("acme", KEY, {"company": "Acme"})
    assert index.get("acme", list(KEY)) == {"company": "Acme"}
    assert index.get("acme", [*KEY[:3], KEY[3] + 1]) is None
    assert index.get("other", KEY) is None


def _saved(tmp_path: Path, content: object) -> SummaryIndex:
    path = tmp_path / "index.json"
    path.write_text(json.dumps(content))
    index = SummaryIndex(path, "1.0")
    index.load()
    return index


@pytest.mark.parametrize(
    "entry",
    [["not", "a", "pair"], [KEY], {"0": KEY, "1": {}}, "text", None],
)
def test_an_entry_of_another_shape_is_no_entry(tmp_path: Path, entry: object) -> None:
    index = _saved(tmp_path, {"version": f"{VERSION}:1.0", "entries": {"acme": entry}})
    assert index.get("acme", KEY) is None


def test_a_saved_index_of_this_version_is_read_back(tmp_path: Path) -> None:
    path = tmp_path / "index.json"
    index = SummaryIndex(path, "1.0")
    index.put("acme", KEY, {"company": "株式会社アクメ"})
    index.save_if_changed()
    assert json.loads(path.read_bytes()) == {
        "version": f"{VERSION}:1.0",
        "entries": {"acme": [KEY, {"company": "株式会社アクメ"}]},
    }
    assert "株式会社アクメ".encode() in path.read_bytes()  # written as it is, compactly
    assert b", " not in path.read_bytes()
    again = SummaryIndex(path, "1.0")
    again.load()
    assert again.get("acme", KEY) == {"company": "株式会社アクメ"}


@pytest.mark.parametrize(
    "content",
    [
        {"version": f"{VERSION}:0.9", "entries": {"acme": [KEY, {}]}},
        {"version": "1:1.0", "entries": {"acme": [KEY, {}]}},
        {"entries": {"acme": [KEY, {}]}},
        [{"version": f"{VERSION}:1.0"}],
        {"version": f"{VERSION}:1.0", "entries": [["acme", [KEY, {}]]]},
    ],
)
def test_an_index_of_another_version_or_shape_is_not_used(tmp_path: Path, content: object) -> None:
    assert _saved(tmp_path, content).get("acme", KEY) is None


def test_a_missing_or_unreadable_index_is_an_empty_one(tmp_path: Path) -> None:
    missing = SummaryIndex(tmp_path / "none.json", "1.0")
    missing.load()
    assert missing.get("acme", KEY) is None
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\xff{not json")
    broken = SummaryIndex(junk, "1.0")
    broken.load()
    assert broken.get("acme", KEY) is None


def test_nothing_is_written_when_nothing_changed(tmp_path: Path) -> None:
    path = tmp_path / "index.json"
    index = SummaryIndex(path, "1.0")
    index.retain(set())
    index.save_if_changed()
    assert not path.exists()
    index.put("acme", KEY, {})
    index.save_if_changed()
    path.unlink()
    index.save_if_changed()
    assert not path.exists()


def test_offers_whose_files_are_gone_are_forgotten(tmp_path: Path) -> None:
    path = tmp_path / "index.json"
    first = SummaryIndex(path, "1.0")
    first.put("acme", KEY, {"company": "Acme"})
    first.put("beta", KEY, {"company": "Beta"})
    first.save_if_changed()
    index = SummaryIndex(path, "1.0")
    index.load()
    index.retain({"acme", "new"})
    index.save_if_changed()
    assert json.loads(path.read_bytes())["entries"] == {"acme": [KEY, {"company": "Acme"}]}
    path.unlink()
    index.retain({"acme"})  # nothing more is gone
    index.save_if_changed()
    assert not path.exists()


def test_a_name_with_no_utf8_form_is_written_escaped(tmp_path: Path) -> None:
    path = tmp_path / "index.json"
    index = SummaryIndex(path, "1.0")
    name = "caf\udce9"  # a byte the locale could not decode
    index.put(name, KEY, {"company": "株式会社"})
    index.save_if_changed()
    assert b"\\udce9" in path.read_bytes()
    assert b", " not in path.read_bytes()
    assert b"\\u682a" in path.read_bytes()
    again = SummaryIndex(path, "1.0")
    again.load()
    assert again.get(name, KEY) == {"company": "株式会社"}


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    index = SummaryIndex(tmp_path / "no such folder" / "index.json", "1.0")
    index.put("acme", KEY, {})
    index.save_if_changed()
    assert not (tmp_path / "no such folder").exists()


def test_an_index_without_an_app_version_is_of_the_cache_format_alone(tmp_path: Path) -> None:
    path = tmp_path / "index.json"
    index = SummaryIndex(path)
    index.put("acme", KEY, {})
    index.save_if_changed()
    assert json.loads(path.read_bytes())["version"] == f"{VERSION}:"
