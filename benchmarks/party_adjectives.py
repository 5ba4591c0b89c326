"""How the actors lens reads the names of the US parties in PolNeAR train: as the party's adjective ("GOP
candidates", "GOP Sen. Tom Lee": no mention of the party) or as a mention of it ("the GOP met", "the GOP's
platform"), with a sample of each to read (seeded, so the same sample every run).

Every alias of an actor of kind party in ``lexicons/actors.csv`` is found as written in the texts; a possessive
("the GOP's") is a mention; otherwise ``compare.actors.mentions._party_adjective`` decides, as the lens does.

    python benchmarks/party_adjectives.py [SAMPLE]
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from audit.compare.actors.lexicon import actor_lexicon  # noqa: E402
from audit.compare.actors.mentions import _party_adjective  # noqa: E402
from golden_outputs import devsets_folder  # noqa: E402

SAMPLE = int(sys.argv[1]) if len(sys.argv) > 1 else 40


def main() -> None:
    folder = devsets_folder()
    texts = sorted((folder / "polnear" / "train" / "texts").glob("*/*.txt")) if folder else []
    if not texts:
        print("party adjectives: ../shared/devsets not found (set AUDIT_DEVSETS); not measured")
        return
    lexicon = actor_lexicon()
    aliases = sorted((a for a, (_canonical, kind) in lexicon.aliases.items() if kind == "party"), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w’'])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w’'])")
    adjectives: list[str] = []
    mentions: list[str] = []
    for path in texts:
        text = path.read_text(encoding="utf-8")
        for match in pattern.finditer(text):
            context = " ".join(text[max(0, match.start() - 40):match.end() + 30].split())
            possessive = text.startswith(("’s", "'s"), match.end())
            (mentions if possessive or not _party_adjective(text, match.end()) else adjectives).append(context)
    print(f"party names in PolNeAR train: {len(adjectives) + len(mentions):,}; read as the party's adjective {len(adjectives):,}, as mentions {len(mentions):,}")
    chance = random.Random(0)
    for label, found in (("adjective", adjectives), ("mention", mentions)):
        print(f"--- a sample of {min(SAMPLE, len(found))} read as {label}s")
        for context in chance.sample(found, min(SAMPLE, len(found))):
            print(f"  {context}")


if __name__ == "__main__":
    main()
