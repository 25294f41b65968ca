#!/usr/bin/env python3
"""Writes the embedded region packs (data/regions/*) from the published figures below.

Every figure names its source. Where a municipality's age bands are not published in a source we
hold, they are estimated from the national age structure and marked `estimate` in age_bands.csv.
Rounding uses the largest-remainder method so each municipality's bands add up to its population.
Run from the repository root: scripts/build-region-packs.py
"""
import csv
import math
import os

# National age structure on 1 January 2024 by 5-year band and sex, used for nl-synthetic and for
# the municipalities whose bands we do not hold. CBS publishes it (StatLine 03759ned), but no copy
# of those figures was at hand, so it is estimated from what is published (see national_2024()):
#  - published bands carried forward to 2024: 0-19, 20-39, 40-64 on 1 Jan 2019 (CBS 37296ned) and
#    65-69, 70-74, 75-79, 80-84, 85+ on 1 Jan 2020 (CBS StatLine via wijzeadviezen.com: 65+
#    3,457,535, 80+ 838,661), each multiplied by the change in size of the birth cohorts it holds;
#  - cohort sizes: live births by year (CBS 37422ned 1950-2022; 179 thousand in 2021 and 164,919 in
#    2023, CBS; 284 thousand in 1946, CBS) times survival under the CBS 2023 life table with the
#    registry's mortality trend run backwards (older cohorts lived with higher mortality);
#  - 2024 totals: 17,942,942 residents (CBS 37230ned), 8,920,768 men and 9,022,174 women and 80+
#    5.0% (CBS 70072ned); the bands under 65 take the rest, since net migration since 2019 went
#    mostly to ages under 65 (CBS 85751NED: 86% of 2023 net migration was under 40).
# The result has 65+ at 20.6% (CBS Kernprognose 2024: almost 21% at the end of 2024).
NATIONAL_TOTAL_2024 = 17942942
NATIONAL_SEX_2024 = {"men": 8920768, "women": 9022174}
NATIONAL_80PLUS_SHARE_2024 = 0.050
PUBLISHED_BANDS = {
    2019: {(0, 19): 3791838, (20, 39): 4309987, (40, 64): 5866334},
    2020: {(65, 69): 1003778, (70, 74): 971036, (75, 79): 644060, (80, 84): 449123, (85, 105): 838661 - 449123},
}
# Live births by year of birth: CBS 37422ned (1950-2022), 2021 from the Kernprognose 2022 text,
# 2023 from CBS 85747NED.
LIVE_BIRTHS = dict(zip(range(1950, 2021), [
    229718, 228407, 231888, 227964, 228173, 229222, 231492, 233892, 236859, 242518,
    239128, 247407, 246150, 249879, 250914, 245216, 239611, 238678, 237112, 247588,
    238912, 227180, 214133, 194993, 185982, 177876, 177090, 173296, 175550, 174979,
    181294, 178569, 172071, 170246, 174436, 178136, 184513, 186667, 186647, 188979,
    197965, 198665, 196734, 195748, 195611, 190513, 189521, 192443, 199408, 200445,
    206619, 202603, 202083, 200297, 194007, 187910, 185057, 181336, 184634, 184915,
    184397, 180060, 175959, 171341, 175181, 170510, 172520, 169836, 168525, 169680,
    168681]))
LIVE_BIRTHS.update({2021: 179000, 2022: 167504, 2023: 164919, 1946: 284000})
BIRTHS_BEFORE_1946 = 185000  # assumption: CBS says 160-210 thousand a year outside the baby boom
# The registry's life table (src/core/parameter_table.cpp): Gompertz-Makeham by sex, its slope, the
# share of boys at birth and the yearly decline of mortality.
LIFE_TABLE = {"men": (0.00363, 3.0306e-4, 8.7365e-6, 0.0149), "women": (0.00287, 1.3092e-4, 6.7093e-6, 0.0166)}
GOMPERTZ_C = 0.108448
MEN_SHARE_AT_BIRTH = 0.5122
LIFE_TABLE_YEAR = 2023
MAX_AGE = 105
FIVE_YEAR_BANDS = [(a, a + 4) for a in range(0, 95, 5)] + [(95, MAX_AGE)]
NATIONAL_SOURCE = ("estimate: national 5-year bands by sex on 1 Jan 2024 from CBS figures (method in "
                   "scripts/build-region-packs.py) applied to the municipal total")


def live_births(year):
    if year in LIVE_BIRTHS:
        return LIVE_BIRTHS[year]
    if 1946 < year < 1950:  # assumption: linear from the 1946 peak to 1950
        return LIVE_BIRTHS[1946] + (LIVE_BIRTHS[1950] - LIVE_BIRTHS[1946]) * (year - 1946) / 4
    return BIRTHS_BEFORE_1946


def cohort_survival(sex, birth_year):
    """l(x) for x = 0..MAX_AGE+1 of those born in birth_year, under the trended life table."""
    q0, makeham, gompertz_b, decline = LIFE_TABLE[sex]
    l = [1.0]
    for age in range(MAX_AGE + 1):
        if age == 0:
            hazard = -math.log1p(-q0)
        else:
            hazard = makeham + gompertz_b * math.exp(GOMPERTZ_C * age) * math.expm1(GOMPERTZ_C) / GOMPERTZ_C
        hazard *= math.exp(-decline * (birth_year + age - LIFE_TABLE_YEAR))
        l.append(l[-1] * math.exp(-hazard))
    return l


def cohort_sizes(year):
    """Expected residents by (sex, age) on 1 January of `year` without migration."""
    out = {}
    for sex, share in (("men", MEN_SHARE_AT_BIRTH), ("women", 1.0 - MEN_SHARE_AT_BIRTH)):
        for age in range(MAX_AGE + 1):
            born = year - 1 - age
            l = cohort_survival(sex, born)
            out[(sex, age)] = live_births(born) * share * 0.5 * (l[age] + l[age + 1])
    return out


def band_sum(cells, band):
    return sum(v for (sex, age), v in cells.items() if band[0] <= age <= band[1])


def bands_2024():
    """The published bands carried to 1 Jan 2024 by the change in size of their birth cohorts, and
    fitted to the 2024 totals: 80+ as published, the bands under 65 taking the rest."""
    now = cohort_sizes(2024)
    carried = {}
    for year, bands in PUBLISHED_BANDS.items():
        then = cohort_sizes(year)
        carried.update({band: count * band_sum(now, band) / band_sum(then, band) for band, count in bands.items()})
    aged_80 = NATIONAL_80PLUS_SHARE_2024 * NATIONAL_TOTAL_2024
    aged_65_79 = sum(v for band, v in carried.items() if 65 <= band[0] < 80)
    scale_80 = aged_80 / sum(v for band, v in carried.items() if band[0] >= 80)
    scale_under_65 = ((NATIONAL_TOTAL_2024 - aged_80 - aged_65_79) /
                      sum(v for band, v in carried.items() if band[0] < 65))
    return {band: v * (scale_80 if band[0] >= 80 else 1.0 if band[0] >= 65 else scale_under_65)
            for band, v in carried.items()}


def fit_to_totals(cells, band_totals, sex_totals):
    """Iterative proportional fitting of {(5-year band, sex): weight} to both sets of totals."""
    anchor = {band: next(b for b in band_totals if b[0] <= band[0] <= b[1]) for band, _ in cells}
    for _ in range(100):
        for b, total in band_totals.items():
            keys = [key for key in cells if anchor[key[0]] == b]
            have = sum(cells[key] for key in keys)
            for key in keys:
                cells[key] *= total / have
        for s, total in sex_totals.items():
            keys = [key for key in cells if key[1] == s]
            have = sum(cells[key] for key in keys)
            for key in keys:
                cells[key] *= total / have
    return cells


def national_2024():
    """{(5-year band, sex): residents} on 1 Jan 2024, shaped by cohort sizes within the bands."""
    now = cohort_sizes(2024)
    cells = {(band, sex): sum(now[(sex, a)] for a in range(band[0], band[1] + 1))
             for band in FIVE_YEAR_BANDS for sex in ("men", "women")}
    return fit_to_totals(cells, bands_2024(), NATIONAL_SEX_2024)


def band_label(band):
    return f"{band[0]}+" if band[1] == MAX_AGE else f"{band[0]}-{band[1]}"


# Municipal budgets for the social domain (budgets.csv), only where a municipality publishes one.
# Zwolle: "De gemeente heeft elk jaar 250 miljoen euro beschikbaar om inwoners zorg te kunnen bieden";
# the same item sets out to remove an overspend of EUR 11 million by the end of 2023. It predates
# 2024; the figure is taken as Zwolle's social-domain budget from 2024 on (assumption) until a
# budget (programmabegroting) of a later year replaces it. The other municipalities: none at hand.
ZWOLLE_BUDGET_SOURCE = ("gemeente Zwolle, hervormingsagenda sociaal domein (news item 'Gemeente wil stevige sociale "
                        "basis voor inwoners', www.zwolle.nl/sociale-basis): EUR 250 million a year for the social "
                        "domain, an overspend of EUR 11 million to remove")
BUDGETS = {
    "regio-zwolle": {
        # No double quotes in comment lines: the CSV reader would take them for a quoted field.
        "comments": [
            "Municipal budgets per year and law (docs/region-packs.md). Generated by scripts/build-region-packs.py.",
            "GM0193 Zwolle, sociaal_domein: gemeente Zwolle, hervormingsagenda sociaal domein (news item",
            "'Gemeente wil stevige sociale basis voor inwoners', www.zwolle.nl/sociale-basis): 'De gemeente heeft",
            "elk jaar 250 miljoen euro beschikbaar om inwoners zorg te kunnen bieden', with an overspend of",
            "EUR 11 million to remove by the end of 2023. The item predates 2024; its figure is taken from 2024",
            "on (assumption) until a later budget (programmabegroting) replaces it.",
            "The other municipalities: no published budget at hand, so no row and no comparison.",
        ],
        "rows": [("GM0193", 2024, "sociaal_domein", 250000000)],
    },
}


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
                "Budgets: " + ZWOLLE_BUDGET_SOURCE,
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


def write_age_bands(path, municipalities, national):
    """Published or own-estimate bands as given (both sexes); the others get the national 5-year
    bands by sex, rounded per municipality so that its bands add up to its population exactly."""
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["gm_code", "age_band", "sex", "count", "status", "source"])
        for code, name, pop, year, source, bands, status, band_source in municipalities:
            if bands is None:
                counts = largest_remainder(national, pop)
                rows = [(band_label(band), sex, counts[(band, sex)]) for sex in ("men", "women")
                        for band in FIVE_YEAR_BANDS]
                status, band_source = "estimate", NATIONAL_SOURCE
            else:
                counts = bands if status == "published" else largest_remainder(bands, pop)
                rows = [(band, "all", count) for band, count in counts.items()]
            assert sum(count for *_, count in rows) == pop, (code, pop)
            for band, sex, count in rows:
                w.writerow([code, band, sex, count, status, band_source])


def write_budgets(path, budgets):
    with open(path, "w", newline="") as f:
        f.writelines(f"# {line}\n" for line in budgets["comments"])
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["gm_code", "year", "law", "budget_eur"])
        w.writerows(budgets["rows"])


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "regions")
    REGIONS["nl-synthetic"] = nl_synthetic()
    national = national_2024()
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
        write_age_bands(os.path.join(folder, "age_bands.csv"), spec["municipalities"], national)
        if rid in BUDGETS:
            write_budgets(os.path.join(folder, "budgets.csv"), BUDGETS[rid])


if __name__ == "__main__":
    main()
