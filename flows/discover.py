"""Find input files: each --docs path is a file or a folder read recursively.

Nothing under --docs is skipped in silence: whatever is not a readable regular file comes back
as (path, reason) and ends in the rejects table. Decisions, and why:

* Hidden files and folders (a name starting with "."; .git, .DS_Store) are tooling, not input:
  they are rejected by name, and a hidden folder is rejected once, not file by file.
* A symbolic link to a file is read (the path recorded is the link's); a link to a folder is
  not followed (links can loop or leave --docs); broken links and link loops are rejected.
* FIFOs, sockets and devices are rejected without being opened (opening a FIFO blocks).
* A name that is not valid UTF-8 cannot be stored or shown faithfully: rejected, so it can be
  renamed. Its path is shown with U+FFFD for the bad bytes.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

Reject = tuple[str, str]  # (path, reason)

HIDDEN_FILE = "hidden file (name starts with '.'): not read; rename it to include it"
HIDDEN_FOLDER = "hidden folder (name starts with '.'): not read; rename it to include it"
FOLDER_LINK = "symbolic link to a folder: not followed; give the folder itself with --docs"
BAD_NAME = "file name is not valid UTF-8: rename the file to read it"


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path  # absolute
    size: int


def discover(
    roots: tuple[Path, ...], own: frozenset[Path] = frozenset()
) -> tuple[list[InputFile], list[Reject]]:
    """Input files in a stable order, and (path, reason) for everything else that was given.

    ``own`` are files aidwatch itself writes (the warehouse, its lock and work copy): when the
    warehouse lives inside a --docs folder they are not input, so they are neither read nor
    reported.
    """
    found: dict[str, InputFile] = {}
    rejects: dict[str, str] = {}
    for given in roots:
        try:
            root = given.expanduser().resolve()
        except (RuntimeError, OSError):  # Python 3.11 raises RuntimeError on a link loop
            rejects[display(given)] = "symbolic link loop: the link points back to itself"
            continue
        if display(root) != str(root):
            rejects[display(root)] = BAD_NAME
            continue
        try:
            st = root.stat()
        except OSError as err:
            rejects[display(root)] = (
                "does not exist (given with --docs)"
                if err.errno == errno.ENOENT
                else f"unreadable: {_why(err)}"
            )
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(root, found, rejects)
        else:
            _add(root, st, found, rejects)
    mine = {str(p) for p in own}
    files = sorted(
        (f for f in found.values() if str(f.path) not in mine), key=lambda f: str(f.path)
    )
    return files, sorted((p, why) for p, why in rejects.items() if p not in mine)


def display(path: Path | str) -> str:
    """The path as text that can be stored: undecodable name bytes shown as U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def _walk(root: Path, found: dict[str, InputFile], rejects: dict[str, str]) -> None:
    """Every entry below ``root``, depth first, with an explicit stack (no recursion limit)."""
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as err:
            rejects[display(folder)] = f"folder unreadable: {_why(err)}"
            continue
        for entry in entries:
            sub = _classify(entry, found, rejects)
            if sub:
                stack.append(sub)


def _classify(
    entry: os.DirEntry[str], found: dict[str, InputFile], rejects: dict[str, str]
) -> str | None:
    """File, reject, or the path of a folder to descend into (returned)."""
    path = entry.path
    try:
        entry.name.encode("utf-8")
    except UnicodeEncodeError:
        rejects[display(path)] = BAD_NAME
        return None
    try:
        is_dir = entry.is_dir(follow_symlinks=False)
        is_link = entry.is_symlink()
    except OSError as err:
        rejects[path] = f"unreadable: {_why(err)}"
        return None
    if entry.name.startswith("."):
        rejects[path] = HIDDEN_FOLDER if is_dir else HIDDEN_FILE
        return None
    if is_dir:
        return path
    try:
        st = os.stat(path)  # follows a link to its target
    except OSError as err:
        rejects[path] = _link_error(err) if is_link else f"unreadable: {_why(err)}"
        return None
    if is_link and stat.S_ISDIR(st.st_mode):
        rejects[path] = FOLDER_LINK
        return None
    _add(Path(path), st, found, rejects)
    return None


def _add(
    path: Path, st: os.stat_result, found: dict[str, InputFile], rejects: dict[str, str]
) -> None:
    if not stat.S_ISREG(st.st_mode):
        rejects[display(path)] = f"not a regular file: {_kind(st.st_mode)}"
    elif display(path) != str(path):
        rejects[display(path)] = BAD_NAME
    else:
        found[str(path)] = InputFile(path, st.st_size)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _link_error(err: OSError) -> str:
    if err.errno == errno.ENOENT:
        return "broken symbolic link: its target does not exist"
    if err.errno == errno.ELOOP:
        return "symbolic link loop: the link points back to itself"
    return f"symbolic link unreadable: {_why(err)}"


def _why(err: OSError) -> str:
    if err.errno == errno.ENOENT:
        return "vanished while the folder was read (deleted or moved)"
    return (err.strerror or str(err)).lower()
