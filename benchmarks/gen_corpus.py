"""Generate a realistic benchmark corpus from the seed documents' sentence patterns.

    python benchmarks/gen_corpus.py OUT_DIR -n 10000 [--seed 7] [--kb 20]

Each document gets a title, a byline with an ``Updated:`` date and ~20 KB of paragraphs: prose
sentences of the seeds with their numbers varied, and figure sentences written from the seeds'
patterns (qualifier, number, item, actor, recipient, period) with varied values. Document ``i``
depends only on (seed, i), so a corpus of 1,000 is the first 1,000 of a corpus of 10,000 and two
runs write identical bytes. Stated values are drawn around a per-claim "true" value so most
documents agree and a few disagree, as real press releases do.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import zlib
from datetime import date, timedelta
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PER_FOLDER = 1000  # documents per sub-folder: large flat folders are not how people file things


def _names(text: str) -> list[str]:
    return [" ".join(name.split()) for name in text.split(",")]


ACTORS = _names("""
China, the Chinese government, Japan, the Republic of Korea, Germany, France, Italy,
Russia, the United Kingdom, Turkey, India, Pakistan, Indonesia, Malaysia, Singapore,
Thailand, Viet Nam, Brazil, Mexico, Egypt, Nigeria, Kenya, South Africa, Ethiopia, Saudi
Arabia, the UAE, Qatar, Iran, Serbia, Hungary, Spain, Canada, Australia, New Zealand,
Chile, Peru, Cuba, the European Union, the African Union, the Red Cross Society of China
""")
RECIPIENTS = _names("""
Afghanistan, Angola, Argentina, Armenia, Azerbaijan, Bahrain, Benin, Bolivia, Bosnia and
Herzegovina, Botswana, Brunei, Bulgaria, Burkina Faso, Burundi, Cameroon, Chad, Colombia,
Comoros, Congo, Croatia, Cyprus, Djibouti, Dominica, Ecuador, El Salvador, Equatorial
Guinea, Eritrea, Fiji, Gabon, Gambia, Georgia, Ghana, Greece, Grenada, Guinea, Guyana,
Honduras, Jamaica, Jordan, Kiribati, Kuwait, Kyrgyzstan, Lebanon, Lesotho, Liberia, Libya,
Madagascar, Malawi, Maldives, Mali, Mauritania, Mauritius, Moldova, Mongolia, Montenegro,
Morocco, Mozambique, Namibia, Nicaragua, Niger, North Macedonia, Oman, Panama, Papua New
Guinea, Paraguay, Romania, Rwanda, Samoa, Senegal, Sierra Leone, Somalia, South Sudan,
Sudan, Suriname, Syria, Tajikistan, Tanzania, Timor-Leste, Togo, Tonga, Tunisia,
Turkmenistan, Uganda, Ukraine, Uruguay, Uzbekistan, Vanuatu, Yemen, Zambia, Italy, Serbia,
Iran, Iraq, Cambodia, Pakistan, Laos, Myanmar, Venezuela, the Philippines, Kazakhstan,
Belarus, Algeria, Zimbabwe, Nepal, Sri Lanka, Bangladesh, Ethiopia, Nigeria, Peru
""")
GOODS = [
    ("masks", 1e6, 1e10), ("surgical masks", 1e6, 1e9), ("N95 respirators", 1e5, 1e8),
    ("protective suits", 1e5, 1e9), ("pairs of goggles", 1e4, 1e8), ("ventilators", 1e2, 1e5),
    ("test kits", 1e5, 1e9), ("infrared thermometers", 1e4, 1e8), ("pairs of gloves", 1e5, 1e9),
    ("medical expert teams", 2, 60), ("doses of vaccine", 1e5, 1e9), ("hospital beds", 1e2, 1e5),
    ("batches of medical supplies", 2, 40), ("charter flights", 2, 60),
    ("tonnes of disinfectant", 1e1, 1e4),
    ("face shields", 1e4, 1e8), ("isolation gowns", 1e4, 1e8), ("oxygen concentrators", 1e2, 1e5),
    ("nucleic acid testing labs", 2, 80), ("mobile hospitals", 2, 40), ("ambulances", 5, 500),
    ("syringes", 1e5, 1e9), ("tonnes of rice", 1e2, 1e6), ("food parcels", 1e3, 1e6),
]  # fmt: skip
# Goods are often named by where they were made, as statements do: "Hubei-made masks".
ORIGINS = ["", "", "", "Hubei-made ", "Guangdong-made ", "Zhejiang-made ", "Jiangsu-made ",
           "Shandong-made ", "Henan-made ", "Sichuan-made ", "Fujian-made "]  # fmt: skip
ITEMS = [(origin + item, lo, hi) for item, lo, hi in GOODS for origin in ORIGINS]
RESTATING = 0.03  # share of documents that restate the seeds' own headline figures
VERBS = ["sent", "shipped", "donated", "exported", "delivered", "provided"]
QUALS = ["", "", "", "more than ", "over ", "nearly ", "about ", "at least ", "up to "]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
TITLES = [
    "China's Diplomacy to Help Fight COVID-19",
    "Deepen International Cooperation to Combat COVID-19",
    "Fighting COVID-19: China in Action",
    "Let's unite to defeat Covid-19",
    "Winning a Decisive Victory Against COVID-19",
    "Building a Global Community of Health for All",
]
AUTHORS = ["Wang Yi", "Ma Xiaowei", "Liu Jinsong", "Zhao Lijian", "Hua Chunying", "Staff Reporter"]
SOURCES = [
    "English Edition of Qiushi Journal",
    "Xinhua",
    "China Daily",
    "Ministry of Foreign Affairs",
]

FIGURE_PATTERNS = [
    "As of {date}, {actor} had {verb} {qual}{n} {item} to {recipient}.",
    "From {period}, {actor} {verb} {qual}{n} {item} to {recipient}.",
    "To date, {actor} has {verb} {qual}{n} {item} to {recipient}.",
    "{Actor} has {verb} {qual}{n} {item} to {recipient}, and {n2} {item2} to {recipient2}.",
    "By {date}, {actor} had {verb} {qual}{n} {item} to {recipient} and {recipient2}.",
]
_STATES_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?"
    r"|thousands?|millions?|billions?)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w.-])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\w.,-])\d+(?:\.\d+)?(?![\w,]*\d)")


def seed_sentences() -> tuple[list[str], list[str]]:
    """Prose sentences and number-bearing sentences of the seeds, whitespace normalised."""
    prose, numeric = [], []
    for path in sorted(SEEDS.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", " ".join(para.split())):
                if len(s) < 40 or not s.endswith((".", "!", "?", "”", '"')):
                    continue
                (numeric if _STATES_NUMBER.search(s) else prose).append(s)
    return prose, numeric


def _claim(item: str, recipient: str) -> str:
    """What a statement claims, as cross-checks key it: where goods were made does not count."""
    return f"{item.split('-made ')[-1]}|{recipient}"


def _true_value(lo: float, hi: float, key: str) -> int:
    """One value per claim: documents that state this claim mostly agree on it."""
    r = random.Random(zlib.crc32(key.encode()))
    v = lo * (hi / lo) ** r.random()
    return max(1, int(round(v, 1 - len(str(int(v))))))  # two significant digits, as people write


def _fmt(n: float) -> str:
    return (
        f"{n:,.0f}"
        if n >= 1000 and n < 1e6
        else (
            f"{n / 1e9:.3g} billion"
            if n >= 1e9
            else f"{n / 1e6:.3g} million"
            if n >= 1e6
            else f"{n:.0f}"
        )
    )


def _day(rng: random.Random) -> date:
    return date(2020, 1, 1) + timedelta(days=rng.randrange(0, 540))


def _say(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def figure_sentence(rng: random.Random) -> str:
    """One sentence stating figures, from a seed pattern with varied slots."""
    actor, (item, lo, hi) = rng.choice(ACTORS), rng.choice(ITEMS)
    item2, lo2, hi2 = rng.choice(ITEMS)
    recipient, recipient2 = rng.choice(RECIPIENTS), rng.choice(RECIPIENTS)
    value = _true_value(lo, hi, _claim(item, recipient))
    if rng.random() < 0.02:  # now and then a document states a different figure
        value = int(value * rng.choice([0.5, 0.8, 1.3, 2.0])) or 1
    start = _day(rng)
    slots = {
        "actor": actor, "Actor": actor[0].upper() + actor[1:], "verb": rng.choice(VERBS),
        "qual": rng.choice(QUALS), "n": _fmt(value), "item": item, "recipient": recipient,
        "n2": _fmt(_true_value(lo2, hi2, _claim(item2, recipient2))), "item2": item2,
        "recipient2": recipient2, "m": rng.randrange(2, 220), "k": rng.randrange(2, 9),
        "money": rng.choice([5, 10, 20, 30, 50, 100, 2.485, 7]), "pct": rng.randrange(2, 90),
        "date": _say(start),
        "period": f"{_say(start)} to {_say(start + timedelta(days=rng.randrange(20, 120)))}",
    }  # fmt: skip
    return rng.choice(FIGURE_PATTERNS).format(**slots)


def vary_numbers(sentence: str, rng: random.Random) -> str:
    """A seed sentence restated: mostly its own numbers, now and then one of similar size."""

    def repl(m: re.Match[str]) -> str:
        if rng.random() < 0.9:
            return m.group()
        digits = m.group().replace(",", "")
        if "." in digits:
            return f"{float(digits) * rng.uniform(0.5, 1.5):.{len(digits.split('.')[1])}f}"
        n = int(digits)
        if 1900 <= n <= 2100:  # a year: keep it plausible
            return str(rng.choice([2020, 2021]))
        new = max(1, int(n * rng.uniform(0.5, 1.6)))
        return f"{new:,}" if "," in m.group() else str(new)

    return _NUMBER.sub(repl, sentence)


def document(i: int, seed: int, kb: float, prose: list[str], numeric: list[str]) -> str:
    rng = random.Random(f"{seed}:{i}")
    d = _day(rng)
    updated = d.isoformat() if rng.random() < 0.5 else _say(d)
    head = (
        f"{rng.choice(TITLES)} ({i})\n\nBy {rng.choice(AUTHORS)} Source: {rng.choice(SOURCES)} "
        f"Updated: {updated}\n\n"
    )
    target = int(kb * 1024 * rng.uniform(0.8, 1.2))
    restates = rng.random() < RESTATING
    paras, size = [], len(head)
    while size < target:
        sents = []
        for _ in range(rng.randrange(3, 7)):
            r = rng.random()
            if r < 0.06:
                sents.append(figure_sentence(rng))
            elif r < 0.14 and restates:
                sents.append(vary_numbers(rng.choice(numeric), rng))
            else:
                sents.append(rng.choice(prose))
        paras.append(" ".join(sents))
        size += len(paras[-1]) + 2
    return head + "\n\n".join(paras) + "\n"


def doc_path(out: Path, i: int) -> Path:
    return out / f"{i // PER_FOLDER:03d}" / f"doc_{i:06d}.txt"


def generate(out: Path, n: int, seed: int = 7, kb: float = 20.0) -> list[Path]:
    """Write documents 0..n-1 under ``out``; returns their paths."""
    prose, numeric = seed_sentences()
    paths = []
    for i in range(n):
        path = doc_path(out, i)
        if i % PER_FOLDER == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(document(i, seed, kb, prose, numeric), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("-n", type=int, default=1000, help="number of documents")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--kb", type=float, default=20.0, help="mean document size in KB")
    args = p.parse_args(argv)
    paths = generate(args.out, args.n, args.seed, args.kb)
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} documents, {total / 1e6:.1f} MB in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
