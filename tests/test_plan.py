"""discover → plan: every path under --docs is a file to read or a reject with a reason."""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path

import pytest

from flows import discover as discover_mod
from flows import plan as plan_mod
from flows.discover import InputFile, discover
from flows.plan import Known, hash_inputs, make_plan

TEXT = b"China sent 100 masks to Italy.\n"


def _by_path(rejects: list[tuple[str, ...]], root: Path) -> dict[str, str]:
    return {str(Path(r[0]).relative_to(root)): r[1] for r in rejects}


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """A folder as scrapers and hands leave it."""
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_bytes(TEXT)
    (d / "sub" / "copy.txt").write_bytes(TEXT)
    (d / "empty.txt").write_bytes(b"")
    (d / ".DS_Store").write_bytes(b"junk")
    (d / ".git").mkdir()
    (d / ".git" / "HEAD").write_bytes(b"ref")
    (d / "report.txt").mkdir()  # a folder named like a file
    (d / "report.txt" / "inner.txt").write_bytes(b"Inner 7 teams.\n")
    (d / "link.txt").symlink_to(d / "a.txt")
    (d / "broken.txt").symlink_to(d / "nowhere.txt")
    (d / "loop").symlink_to(d / "loop")
    (d / "folderlink").symlink_to(d / "sub")
    os.mkfifo(d / "pipe")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(d / "sock"))
    sock.close()
    with open(os.fsencode(d) + b"/bad\xff.txt", "wb") as fh:  # not valid UTF-8
        fh.write(TEXT)
    return d


def test_discover_accounts_for_every_entry_without_blocking(messy: Path) -> None:
    files, rejects = discover((messy, messy / "missing.txt"))
    assert [str(f.path.relative_to(messy)) for f in files] == [
        "a.txt",
        "empty.txt",
        "link.txt",
        "report.txt/inner.txt",
        "sub/copy.txt",
    ]
    assert _by_path(rejects, messy) == {
        ".DS_Store": discover_mod.HIDDEN_FILE,
        ".git": discover_mod.HIDDEN_FOLDER,
        "bad\ufffd.txt": discover_mod.BAD_NAME,
        "broken.txt": "broken symbolic link: its target does not exist",
        "folderlink": discover_mod.FOLDER_LINK,
        "loop": "symbolic link loop: the link points back to itself",
        "missing.txt": "does not exist (given with --docs)",
        "pipe": "not a regular file: a FIFO (named pipe)",
        "sock": "not a regular file: a socket",
    }
    for path, _ in rejects:
        path.encode("utf-8")  # storable in the warehouse


def test_a_file_given_directly_is_read_even_if_hidden_and_a_fifo_is_not(messy: Path) -> None:
    files, rejects = discover((messy / ".DS_Store", messy / "pipe"))
    assert [f.path.name for f in files] == [".DS_Store"]
    assert rejects == [(str(messy / "pipe"), "not a regular file: a FIFO (named pipe)")]


def test_a_root_that_is_a_link_loop_is_a_reject(messy: Path) -> None:
    files, rejects = discover((messy / "loop",))
    assert files == []
    assert rejects == [(str(messy / "loop"), "symbolic link loop: the link points back to itself")]


def test_overlapping_roots_list_each_file_once(messy: Path) -> None:
    files, _ = discover((messy, messy / "sub", messy / "a.txt"))
    paths = [str(f.path) for f in files]
    assert len(paths) == len(set(paths)) == 5


def test_unreadable_folder_and_vanishing_file_are_rejects(
    messy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permissions do not stop root, so the kernel's answers are simulated."""
    real_scandir, real_stat = os.scandir, os.stat

    def scandir(path: str):  # noqa: ANN202
        if str(path).endswith("sub"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_scandir(path)

    def stat(path, *a, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        if str(path).endswith("a.txt"):
            raise FileNotFoundError(errno.ENOENT, "No such file or directory")
        return real_stat(path, *a, **kw)

    monkeypatch.setattr(discover_mod.os, "scandir", scandir)
    monkeypatch.setattr(discover_mod.os, "stat", stat)
    _, rejects = discover((messy,))
    got = _by_path(rejects, messy)
    assert got["sub"] == "folder unreadable: permission denied"
    assert got["a.txt"] == "unreadable: vanished while the folder was read (deleted or moved)"


def test_hashing_rejects_empty_too_large_vanished_and_swapped_for_a_fifo(tmp_path: Path) -> None:
    ok, empty, big, gone, fifo = (tmp_path / n for n in ("ok", "empty", "big", "gone", "fifo"))
    ok.write_bytes(TEXT)
    empty.write_bytes(b"")
    big.write_bytes(b"x" * 50)
    os.mkfifo(fifo)  # discovered as a file, then swapped: must not block
    inputs = [
        InputFile(ok, len(TEXT)),
        InputFile(empty, 0),
        InputFile(big, 10),  # grew after discovery
        InputFile(gone, 5),
        InputFile(fifo, 5),
    ]
    hashes, rejects = hash_inputs(inputs, max_bytes=40)
    assert list(hashes) == [ok]
    assert {Path(p).name: why for p, why, _ in rejects} == {
        "empty": "empty file (0 bytes)",
        "big": "too large: 50 bytes (limit 40)",
        "gone": "vanished before it could be read (deleted or moved during the run)",
        "fifo": "not a regular file: not a regular file any more",
    }


def test_permission_denied_while_hashing_is_a_reject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "locked.txt"
    f.write_bytes(TEXT)

    def deny(*_a: object, **_k: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(plan_mod.os, "open", deny)
    hashes, rejects = hash_inputs([InputFile(f, len(TEXT))], 1000)
    assert hashes == {} and rejects == [(str(f), "unreadable: permission denied", None)]


ROOT = (Path("/d"),)


def test_duplicates_of_content_are_rejected_naming_the_first_file() -> None:
    plan = make_plan({Path("/d/b"): "s1", Path("/d/a"): "s1", Path("/d/c"): "s2"}, {}, ROOT)
    assert plan.to_parse == [Path("/d/a"), Path("/d/c")]
    assert plan.rejects == [("/d/b", "duplicate content of /d/a", "s1")]


def test_a_new_copy_of_a_loaded_file_is_a_duplicate_of_the_loaded_one() -> None:
    plan = make_plan({Path("/d/a"): "s1", Path("/d/z"): "s1"}, {"/d/z": Known("k1", "s1")}, ROOT)
    assert plan.unchanged == [Path("/d/z")]
    assert plan.rejects == [("/d/a", "duplicate content of /d/z", "s1")]


def test_moved_changed_and_gone() -> None:
    known = {"/d/old": Known("k1", "s1"), "/d/edit": Known("k2", "s2"), "/d/del": Known("k3", "s3")}
    plan = make_plan({Path("/d/new"): "s1", Path("/d/edit"): "s9"}, known, ROOT)
    assert plan.moved == [("k1", "/d/new")]
    assert plan.replaced == ["k2"] and plan.to_parse == [Path("/d/edit")]
    assert plan.gone == ["k3"]


def test_a_file_changed_into_a_duplicate_does_not_keep_its_old_version() -> None:
    known = {"/d/a": Known("k1", "s1"), "/d/b": Known("k2", "s2")}
    plan = make_plan({Path("/d/a"): "s1", Path("/d/b"): "s1"}, known, ROOT)
    assert plan.rejects == [("/d/b", "duplicate content of /d/a", "s1")]
    assert plan.gone == ["k2"]  # not left in the warehouse as if /d/b still said s2


def test_only_files_under_this_runs_roots_can_be_gone() -> None:
    plan = make_plan({}, {"/elsewhere/x": Known("k1", "s1")}, ROOT)
    assert plan.gone == []
