"""Byte-for-byte golden outputs of every command, on the seeds and on real two-outlet stories.

The seeds' outputs are kept whole in ``tests/golden/outputs/seeds/`` (a failure shows the
diff); the 57 stories of ``../shared/devsets/figures/stories`` are pinned by SHA-256 in
``tests/golden/outputs/devsets.json`` and checked when that folder is present (set
``AUDIT_DEVSETS`` to point elsewhere). ``AUDIT_UPDATE_GOLDEN=1`` records them again.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from golden_outputs import GOLDEN, ROOT, devsets_folder, digests, outputs_of

SEEDS_GOLDEN = GOLDEN / "outputs" / "seeds"
DEVSETS_GOLDEN = GOLDEN / "outputs" / "devsets.json"
UPDATE = os.environ.get("AUDIT_UPDATE_GOLDEN") == "1"
# a number that rounds to zero written with a sign ("-0.00", "+0.0"): the toolkit writes zero unsigned
SIGNED_ZERO = re.compile(r"(?<![\w.])[-+\u2212]0(?:\.0+)?%?(?![\d.])")


def signed_zeros(produced: dict[str, bytes]) -> list[str]:
    """``name: context`` for every signed zero in the outputs ``produced``."""
    found = []
    for name, content in sorted(produced.items()):
        text = content.decode("utf-8")
        found += [f"{name}: {text[max(0, m.start() - 60):m.end() + 20]!r}" for m in SIGNED_ZERO.finditer(text)]
    return found


def test_every_command_on_the_seeds_gives_the_recorded_bytes():
    produced = outputs_of(ROOT / "seeds")
    if UPDATE:
        SEEDS_GOLDEN.mkdir(parents=True, exist_ok=True)
        for old in SEEDS_GOLDEN.iterdir():
            old.unlink()
        for name, content in produced.items():
            (SEEDS_GOLDEN / name).write_bytes(content)
    recorded = {path.name: path.read_bytes() for path in SEEDS_GOLDEN.iterdir()}
    assert sorted(produced) == sorted(recorded)
    for name in sorted(produced):
        assert produced[name].decode("utf-8") == recorded[name].decode("utf-8"), name


def test_no_seed_output_writes_a_zero_with_a_sign():
    recorded = {path.name: path.read_bytes() for path in SEEDS_GOLDEN.iterdir()}
    assert signed_zeros(recorded) == []


def _story_folders() -> list[Path]:
    devsets = devsets_folder()
    if devsets is None:
        return []
    return sorted(p for p in (devsets / "figures" / "stories").iterdir() if p.is_dir())


def test_every_command_on_the_real_stories_gives_the_recorded_bytes():
    folders = _story_folders()
    if not folders:
        pytest.skip("no ../shared/devsets/figures/stories here (set AUDIT_DEVSETS to its devsets folder)")
    outputs = {folder.name: outputs_of(folder) for folder in folders}
    assert [zero for produced in outputs.values() for zero in signed_zeros(produced)] == []
    produced = {story: digests(found) for story, found in outputs.items()}
    if UPDATE:
        DEVSETS_GOLDEN.write_text(json.dumps(produced, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    recorded = json.loads(DEVSETS_GOLDEN.read_text(encoding="utf-8"))
    changed = sorted(
        f"{story}/{name}" for story in recorded | produced for name in set(recorded.get(story, {})) | set(produced.get(story, {}))
        if recorded.get(story, {}).get(name) != produced.get(story, {}).get(name)
    )
    assert not changed, f"{len(changed)} outputs changed, first: {changed[:10]}"
