"""Compile the engine with mypyc into build/engine/ (`make engine` calls main()).

The engine is pure Python and stays so; compiling the same sources with mypyc (the compiler
mypy ships, as black does) runs them about 1.6x faster, with identical output. The compiled
modules live outside the source tree and are used only while SOURCES.sha256 matches the
sources (see __init__.py), so an edited .py is never shadowed by a stale build. Without a C
compiler the build fails and the engine simply runs as Python.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
BUILD_DIR = PACKAGE_DIR.parents[1] / "build" / "engine"
STAMP = "SOURCES.sha256"
# The loader (__init__), this script and the network client gain nothing from compiling.
NOT_COMPILED = frozenset({"__init__.py", "build.py", "llm.py"})
GROUP = "factcheck_engine"


def compiled_sources() -> list[Path]:
    return sorted(p for p in PACKAGE_DIR.glob("*.py") if p.name not in NOT_COMPILED)


def sources_hash() -> str:
    """Fingerprint of the sources a build was compiled from."""
    digest = hashlib.sha256()
    for path in compiled_sources():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def main() -> int:
    from mypyc.build import mypycify
    from setuptools import Distribution

    root = PACKAGE_DIR.parents[1]
    work = BUILD_DIR.parent / "engine-tmp"
    shutil.rmtree(work, ignore_errors=True)
    paths = [str(p.relative_to(root)) for p in compiled_sources()]
    # "--config-file=" keeps out pyproject.toml's mypy settings, whose Django plugin is a dev-only
    # dependency: the engine has no Django to check.
    extensions = mypycify(
        ["--config-file=", "--ignore-missing-imports", *paths],
        opt_level="3",
        group_name=GROUP,
        target_dir=str(work / "c"),
    )
    dist = Distribution({"name": GROUP, "ext_modules": extensions})
    cmd = dist.get_command_obj("build_ext")
    cmd.build_lib = str(work / "lib")
    cmd.build_temp = str(work / "tmp")
    cmd.ensure_finalized()
    cmd.run()
    shutil.rmtree(BUILD_DIR, ignore_errors=True)
    (work / "lib").rename(BUILD_DIR)
    (BUILD_DIR / STAMP).write_text(sources_hash() + "\n")
    shutil.rmtree(work, ignore_errors=True)
    print(f"compiled {len(paths)} engine modules into {BUILD_DIR}")
    return 0
