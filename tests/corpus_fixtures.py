"""A small mixed corpus for the corpus tests: the five seed articles plus
synthetic articles about clearly other events of the same weeks (written here,
by hand), two of them about Chinese technology too, as a harder negative."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import SEEDS

SEED_DATES = ("2025-02-20", "2025-02-21", "2025-02-22", "2025-02-24", "2025-02-25")

OTHER_EVENTS: dict[str, list[tuple[str, str, str, str]]] = {
    # event: [(outlet, published, title, text)]
    "valencia-floods": [
        ("El Diario", "2025-02-21", "Flash floods swamp Valencia suburbs",
         "Torrential rain turned streets into rivers in the suburbs of Valencia on Thursday, leaving at least 40 people dead. "
         "Emergency services in Paiporta and Catarroja said cars were piled against bridges and hundreds of residents were "
         "trapped on rooftops. The regional government of Valencia was criticised for sending the flood alert to mobile "
         "phones hours after the water had risen. Spain's prime minister promised soldiers and money for the reconstruction."),
        ("The Guardian", "2025-02-22", "Anger in Valencia as flood death toll rises",
         "Residents of Paiporta shovelled mud from their homes as the death toll from the Valencia floods rose to 62. "
         "Many blamed the regional authorities for a flood alert that arrived too late. Volunteers walked from the city of "
         "Valencia to Catarroja carrying water and brooms. The Spanish army deployed 1,200 soldiers, and meteorologists said "
         "the storm had dropped a year's worth of rain in eight hours."),
        ("Reuters", "2025-02-23", "Spain pledges aid for Valencia flood victims",
         "Spain's government approved emergency aid for households and businesses hit by the floods around Valencia. "
         "Insurers estimated the damage in Paiporta, Catarroja and nearby towns at more than a billion euros. The regional "
         "leader of Valencia defended the timing of the flood alert, while soldiers continued to search flooded garages."),
    ],
    "bank-of-england": [
        ("Financial Times", "2025-02-20", "Bank of England cuts interest rates to 4.5%",
         "The Bank of England cut its benchmark interest rate by a quarter point to 4.5 per cent on Thursday, as the Monetary "
         "Policy Committee voted seven to two for the reduction. Governor Andrew Bailey said inflation was expected to rise "
         "again this year because of energy prices, and that further cuts would be gradual. Sterling fell against the dollar."),
        ("BBC", "2025-02-21", "What the Bank of England rate cut means for mortgages",
         "Homeowners on tracker mortgages will see their monthly payments fall after the Bank of England lowered interest "
         "rates to 4.5%. Andrew Bailey, the governor, warned that inflation could climb to 3.7% later this year. Lenders "
         "are expected to trim fixed mortgage rates, while savers face lower returns. The Monetary Policy Committee halved "
         "its growth forecast for the British economy."),
    ],
    "champions-league": [
        ("ESPN", "2025-02-22", "Real Madrid knock Manchester City out of the Champions League",
         "Kylian Mbappe scored a hat-trick as Real Madrid beat Manchester City 3-1 at the Bernabeu to reach the Champions "
         "League last 16. Pep Guardiola admitted his side had been second best over both legs. Mbappe's first goal, a chip "
         "over Ederson, came after four minutes. Carlo Ancelotti praised his striker's finishing and the defending of his team."),
        ("Marca", "2025-02-23", "Mbappe hat-trick sends Madrid through",
         "Real Madrid are through to the last 16 of the Champions League after Kylian Mbappe's hat-trick sank Manchester "
         "City at the Bernabeu. Ancelotti said Mbappe was at his best. Guardiola, whose Manchester City side had won the "
         "competition two seasons ago, said the defeat marked the end of a cycle for his team."),
    ],
    "apple-china-sales": [
        ("Bloomberg", "2025-02-21", "Apple iPhone sales slump in China as Huawei gains",
         "Apple's iPhone shipments in China fell 18% in the last quarter, according to market researchers, as Huawei and "
         "Xiaomi won customers with cheaper handsets and government subsidies for phones under 6,000 yuan. Tim Cook visited "
         "Shanghai to meet suppliers and promised more investment in retail stores. Apple shares slipped on the report."),
        ("CNBC", "2025-02-24", "Huawei overtakes Apple in China smartphone market",
         "Huawei shipped more smartphones in China than Apple for the second quarter running, data from market researchers "
         "showed. Xiaomi also gained share. Analysts said the iPhone had lost ground because of subsidies on cheaper handsets "
         "and the lack of Apple Intelligence features in China. Tim Cook said Apple remained committed to its Chinese customers."),
    ],
}


def seed_records() -> list[dict]:
    records = []
    manifest = {line.split(",")[0]: line for line in (SEEDS / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]}
    for date, path in zip(SEED_DATES, sorted(SEEDS.glob("*.txt"))):
        outlet = manifest[path.name].split(",")[1]
        records.append({"id": f"seed-{path.stem}", "outlet": outlet, "published": date, "text": path.read_text(encoding="utf-8")})
    return records


def other_records() -> list[dict]:
    records = []
    for event, articles in sorted(OTHER_EVENTS.items()):
        for number, (outlet, published, title, text) in enumerate(articles):
            records.append({"id": f"{event}-{number}", "outlet": outlet, "published": published, "title": title, "text": f"{title}\n\n{text}"})
    return records


def mixed_records() -> list[dict]:
    """Seeds and other events interleaved (by date, then id), none with a story."""
    return sorted(seed_records() + other_records(), key=lambda r: (r["published"], r["id"]))


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path
