#!/usr/bin/env python3
"""Writes the embedded region packs (data/regions/*) from the published figures below.

Every figure names its source. Where a municipality's age bands are not published in a source we
hold, they are estimated from the national age structure and marked `estimate` in age_bands.csv.
Rounding uses the largest-remainder method so each municipality's bands add up to its population.
Run from the repository root: scripts/build-region-packs.py
"""
import csv
import os

# National age structure 1 Jan 2024, used for estimates. 65+ "almost 21%" and 80+ "0.9 million"
# of 18.0 million (CBS Kernprognose 2024); below 65 split as in CBS 37296ned 1 Jan 2019
# (0-19 3,791,838; 20-39 4,309,987; 40-64 5,866,334).
_under65 = 1.0 - 0.21
_u = {"0-19": 3791838, "20-39": 4309987, "40-64": 5866334}
NATIONAL_2024 = {k: _under65 * v / sum(_u.values()) for k, v in _u.items()}
NATIONAL_2024.update({"65-79": 0.21 - 0.9 / 18.0, "80+": 0.9 / 18.0})
NATIONAL_SOURCE = ("estimate: national structure 1 Jan 2024 (CBS Kernprognose 2024: 65+ 21%, 80+ 0.9 million; "
                   "below 65 as CBS 37296ned 2019) applied to the municipal total")

# (code, name, population, reference year of the 1 January count, source of the total,
#  bands as {band: count or share}, 'published' or 'estimate', source of the bands)
REGIONS = {
    "regio-zwolle": {
        "region": {
            "id": "regio-zwolle",
            "name": "Regio Zwolle",
            "description": "The 12 municipalities of the IZA regiobeeld region around Zwolle.",
            "zorgkantoorregio": "ZK32",
            "sources": [
                "Municipalities: Proscoop regiobeeld summary; zorgalliantiezwolle.nl",
                "Zorgkantoorregio: CBS/PDOK gebiedsindelingen 2024 (ZK32 Zwolle)",
            ],
        },
        "municipalities": [
            ("GM0193", "Zwolle", 132429, 2023, "https://zwolle.jaarverslag-2022.nl/p40997/kerngegevens",
             {"0-14": 22226, "15-34": 37148, "35-64": 50943, "65+": 22112}, "published",
             "Gemeente Zwolle, kerngegevens 1 Jan 2023 (jaarverslag 2022)"),
            ("GM0166", "Kampen", 55616, 2023, "https://www.wiki-data.de-de.nina.az/Kampen_(Niederlande).html",
             None, None, None),
            ("GM0148", "Dalfsen", 29684, 2024, "https://de.wikipedia.org/wiki/Dalfsen",
             {"0-14": 0.17, "15-24": 0.12, "25-44": 0.21, "45-64": 0.29, "65+": 0.22}, "estimate",
             "estimate: CBS KWB shares 1 Jan 2021 (overuwbuurt.nl/dalfsen) applied to the 2024 total"),
            ("GM0160", "Hardenberg", 63895, 2025, "https://en.wikipedia.org/wiki/Hardenberg", None, None, None),
            ("GM0244", "Hattem", 12623, 2024, "https://de.wikipedia.org/wiki/Hattem", None, None, None),
            ("GM0246", "Heerde", 19227, 2024, "https://wikizero.net/wiki/de/Heerde", None, None, None),
            ("GM1773", "Olst-Wijhe", 18843, 2024, "https://de.wikipedia.org/wiki/Olst-Wijhe", None, None, None),
            ("GM0175", "Ommen", 19035, 2024, "https://nl.wikipedia.org/wiki/Ommen_(gemeente)", None, None, None),
            ("GM0177", "Raalte", 38364, 2024, "https://wikiwand.com/nl/articles/Raalte_(gemeente)", None, None, None),
            ("GM0180", "Staphorst", 17738, 2024, "https://de.m.wiki.x.io/wiki/Staphorst_(Overijssel)", None, None, None),
            ("GM1708", "Steenwijkerland", 45480, 2024, "https://de.wikipedia.org/wiki/Steenwijkerland", None, None, None),
            ("GM1896", "Zwartewaterland", 22817, 2021, "https://de.wiki.li/Zwartewaterland",
             {"0-14": 4615, "15-24": 3154, "25-44": 5710, "45-64": 5729, "65+": 4240}, "estimate",
             "estimate: shares of CBS KWB bands (reference year not stated; jewiltwat.nl) applied to the 2021 total"),
        ],
    },
    "haaglanden": {
        "region": {
            "id": "haaglanden",
            "name": "Haaglanden",
            "description": "Zorgkantoorregio Haaglanden (ZK10): Den Haag, Leidschendam-Voorburg, Rijswijk, "
                           "Wassenaar and Zoetermeer.",
            "zorgkantoorregio": "ZK10",
            "insurer": "CZ",
            "sources": [
                "Municipalities and insurer: zoetermeer2025.nl/regiobeeld",
                "Zorgkantoorregio: CBS/PDOK gebiedsindelingen 2024 (ZK10 Haaglanden)",
            ],
        },
        "municipalities": [
            ("GM0518", "'s-Gravenhage", 565701, 2024, "https://nl.wikipedia.org/wiki/Den_haag", None, None, None),
            ("GM1916", "Leidschendam-Voorburg", 78246, 2024, "https://de.wikipedia.org/wiki/Leidschendam",
             None, None, None),
            ("GM0603", "Rijswijk", 59640, 2024, "https://defzone.net/wiki/de/Rijswijk_(Zuid-Holland)", None, None, None),
            ("GM0629", "Wassenaar", 27108, 2024, "https://de.m.wikipedia.org/wiki/Wassenaar", None, None, None),
            ("GM0637", "Zoetermeer", 128424, 2024, "https://de.wikipedia.org/wiki/Zoetermeer",
             {"0-19": 0.226, "20-64": 0.576, "65+": 0.198}, "estimate",
             "estimate: gemeente Zoetermeer BRP shares 2021 (programmabegroting 2022-2025) applied to the 2024 total"),
        ],
    },
}


# nl-synthetic: the whole Netherlands as 342 synthetic municipalities (the number since 1 Jan
# 2023, CBS gebiedsindelingen) totalling 17,942,942 residents (CBS 37230ned, 1 Jan 2024), each
# with the national age structure. Sizes follow a lognormal distribution whose mean is the real
# mean size (17,942,942 / 342 = 52,465) and whose median is 28,000 (assumption: close to the real
# median; the largest synthetic municipality then has about 790,000 residents and the smallest
# about 1,000, as Amsterdam and Schiermonnikoog roughly do).
NL_MUNICIPALITIES = 342
NL_POPULATION = 17942942
NL_MEDIAN_SIZE = 28000.0


def nl_synthetic_sizes():
    from statistics import NormalDist
    import math
    mean = NL_POPULATION / NL_MUNICIPALITIES
    sigma = math.sqrt(2.0 * math.log(mean / NL_MEDIAN_SIZE))
    z = [NormalDist().inv_cdf((i + 0.5) / NL_MUNICIPALITIES) for i in range(NL_MUNICIPALITIES)]
    weights = {i: math.exp(sigma * zi) for i, zi in enumerate(z)}
    sizes = largest_remainder(weights, NL_POPULATION)
    return [sizes[i] for i in sorted(sizes, key=lambda i: -sizes[i])]


def nl_synthetic():
    municipalities = []
    for i, size in enumerate(nl_synthetic_sizes(), start=1):
        municipalities.append((f"GM{9000 + i:04d}", f"Synthetische gemeente {i:03d}", size, 2024,
                               "synthetic: lognormal size distribution, see scripts/build-region-packs.py",
                               None, None, None))
    return {
        "region": {
            "id": "nl-synthetic",
            "name": "Nederland (synthetisch)",
            "description": "The whole Netherlands for scale runs and benchmarks: 342 synthetic municipalities "
                           "(codes GM9001-GM9342) totalling 17,942,942 residents with the national age structure.",
            "sources": [
                "Total: CBS 37230ned, 1 Jan 2024; number of municipalities: CBS gebiedsindelingen 2023",
                "Sizes: lognormal with the real mean (52,465) and an assumed median of 28,000",
            ],
        },
        "municipalities": municipalities,
    }


REGIONS["nl-synthetic"] = None  # filled in main(), after the helpers below are defined


def largest_remainder(weights, total):
    s = sum(weights.values())
    exact = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in exact.items()}
    order = sorted(weights, key=lambda k: -(exact[k] - out[k]))
    for k in order[: total - sum(out.values())]:
        out[k] += 1
    return out


def yaml_text(region):
    lines = ["# Region pack: see docs/region-packs.md. Generated by scripts/build-region-packs.py."]
    for key in ("id", "name", "description", "zorgkantoorregio", "insurer"):
        if key in region:
            value = region[key].replace('"', '\\"')
            lines.append(f'{key}: "{value}"')
    lines.append("sources:")
    lines += [f'  - "{s}"' for s in region["sources"]]
    return "\n".join(lines) + "\n"


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "regions")
    REGIONS["nl-synthetic"] = nl_synthetic()
    for rid, spec in REGIONS.items():
        folder = os.path.join(root, rid)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "region.yaml"), "w") as f:
            f.write(yaml_text(spec["region"]))
        with open(os.path.join(folder, "municipalities.csv"), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["gm_code", "name", "population", "reference_year", "source"])
            for code, name, pop, year, source, *_ in spec["municipalities"]:
                w.writerow([code, name, pop, year, source])
        with open(os.path.join(folder, "age_bands.csv"), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["gm_code", "age_band", "sex", "count", "status", "source"])
            for code, name, pop, year, source, bands, status, band_source in spec["municipalities"]:
                if bands is None:
                    bands, status, band_source = NATIONAL_2024, "estimate", NATIONAL_SOURCE
                counts = bands if status == "published" else largest_remainder(bands, pop)
                assert sum(counts.values()) == pop, (code, sum(counts.values()), pop)
                for band, count in counts.items():
                    w.writerow([code, band, "all", count, status, band_source])


if __name__ == "__main__":
    main()
